package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import dev.cairn.testing.Records;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs a main class in a new JVM with {@code -javaagent:} the shaded jar the package phase built, and collects what
 * it wrote: JSON log records on standard output, the agent's and the fixture's lines on standard error.
 */
final class AgentJvm {

    private AgentJvm() {}

    /** The result of one run. */
    record Run(int exitCode, List<JsonNode> records, List<String> stderr) {

        /** The records with this message. */
        List<JsonNode> withMessage(String message) {
            return Records.withMessage(records, message);
        }

        /** The one record with this message. */
        JsonNode only(String message) {
            List<JsonNode> found = withMessage(message);
            assertThat(found)
                    .as("records with message \"%s\" in %s", message, records)
                    .hasSize(1);
            return found.get(0);
        }

        /** What the fixture observed as a caller, its {@code fixture: } lines without the prefix. */
        List<String> observed() {
            return stderr.stream()
                    .filter(line -> line.startsWith("fixture: "))
                    .map(line -> line.substring("fixture: ".length()))
                    .collect(Collectors.toList());
        }

        List<String> agentLines() {
            return stderr.stream()
                    .filter(line -> line.startsWith("cairn-agent:"))
                    .collect(Collectors.toList());
        }
    }

    /** The agent jar: set by the failsafe configuration in the POM, after the shade plugin has written it. */
    static Path agentJar() {
        String jar = System.getProperty("cairn.agent.jar");
        assertThat(jar)
                .as("system property cairn.agent.jar (run these tests with mvn verify)")
                .isNotNull();
        Path path = Path.of(jar);
        assertThat(path).as("the shaded agent jar").isRegularFile();
        return path;
    }

    /** Where a class was loaded from: a folder or a jar. */
    static Path locationOf(Class<?> type) {
        return ChildJvm.locationOf(type);
    }

    /** The {@code agentArguments} that start the agent with none. */
    static final String NO_ARGUMENTS = "";

    /**
     * Runs {@code main} with the agent given {@code agentArguments} (without the agent when null), a class path of
     * exactly {@code classPath}, and Cairn configured by environment for synchronous JSON at DEBUG plus {@code environment}.
     */
    static Run run(
            Path workDirectory,
            String agentArguments,
            List<Path> classPath,
            Map<String, String> environment,
            List<String> jvmArguments,
            Class<?> main,
            String... args)
            throws IOException, InterruptedException {
        return run(workDirectory, agentArguments, classPath, environment, jvmArguments, main.getName(), args);
    }

    /**
     * As {@link #run(Path, String, List, Map, List, Class, String...)}, for a main class this JVM cannot load, or none
     * (null) when {@code jvmArguments} name the main module.
     */
    static Run run(
            Path workDirectory,
            String agentArguments,
            List<Path> classPath,
            Map<String, String> environment,
            List<String> jvmArguments,
            String mainClass,
            String... args)
            throws IOException, InterruptedException {
        ChildJvm jvm = mainClass == null ? ChildJvm.withoutMainClass() : ChildJvm.main(mainClass);
        jvm.in(workDirectory)
                .classPath(classPath)
                .jvmArguments("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        if (agentArguments != null) {
            jvm.jvmArguments("-javaagent:" + agentJar() + (agentArguments.isEmpty() ? "" : "=" + agentArguments));
        }
        ChildJvm.Exit exit = jvm.jvmArguments(jvmArguments)
                .arguments(args)
                .stdoutTo(workDirectory.resolve("stdout.txt"))
                .stderrTo(workDirectory.resolve("stderr.txt"))
                .environment(Map.of(
                        "CAIRN_FORMAT",
                        "json",
                        "CAIRN_LEVEL",
                        "DEBUG",
                        "CAIRN_ASYNC",
                        "false",
                        "CAIRN_CONSOLE",
                        "stdout"))
                .environment(environment)
                .run(Duration.ofSeconds(60));
        List<JsonNode> records =
                exit.stdoutLines().stream().map(JsonLines::parse).collect(Collectors.toList());
        return new Run(exit.code(), records, exit.stderrLines());
    }
}
