package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shaded jar as shipped: what it contains and what its manifest tells the JVM. */
class AgentJarIT {

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(AgentJvm.agentJar().toFile())) {
            return Collections.list(jar.entries()).stream()
                    .map(JarEntry::getName)
                    .collect(Collectors.toList());
        }
    }

    @Test
    void byteBuddyIsRelocated_andNoUnrelocatedCopyIsLeft() throws IOException {
        List<String> entries = entries();
        assertThat(entries)
                .contains(
                        "dev/cairn/agent/shaded/bytebuddy/agent/builder/AgentBuilder.class",
                        "dev/cairn/agent/shaded/bytebuddy/jar/asm/ClassReader.class");
        // Multi-release variants too: the JVM looks them up under the relocated path.
        assertThat(entries).anyMatch(e -> e.startsWith("META-INF/versions/24/dev/cairn/agent/shaded/bytebuddy/"));
        assertThat(entries).noneMatch(e -> e.contains("net/bytebuddy"));
        assertThat(entries)
                .filteredOn(e -> e.endsWith(".class"))
                .allMatch(
                        e -> e.startsWith("dev/cairn/agent/") || e.startsWith("META-INF/versions/24/dev/cairn/agent/"));
    }

    @Test
    void cairnCoreIsNotBundled_andNoModuleDescriptorIsCarried() throws IOException {
        List<String> entries = entries();
        assertThat(entries)
                .noneMatch(e -> e.startsWith("dev/cairn/")
                        && !e.startsWith("dev/cairn/agent/")
                        && !e.equals("dev/cairn/")); // the folder entry above the agent's own classes
        assertThat(entries).noneMatch(e -> e.endsWith("module-info.class"));
    }

    @Test
    void licensesOfTheShadedCodeAreKept() throws IOException {
        assertThat(entries()).contains("META-INF/LICENSE", "META-INF/NOTICE", "META-INF/licenses/ASM");
    }

    @Test
    void manifest_namesTheAgentClassAndAllowsRetransformation() throws IOException {
        try (JarFile jar = new JarFile(AgentJvm.agentJar().toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Premain-Class")).isEqualTo(CairnAgent.class.getName());
            assertThat(main.getValue("Agent-Class")).isEqualTo(CairnAgent.class.getName());
            assertThat(main.getValue("Can-Retransform-Classes")).isEqualTo("true");
            assertThat(main.getValue("Multi-Release")).isEqualTo("true");
        }
    }
}
