package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Application classes that cannot be written as ordinary test sources: compiled by this test run's javac, from
 * sources given here, into a folder of their own.
 */
final class GeneratedApp {

    private GeneratedApp() {}

    /**
     * Compiles {@code sources} (file name to text) with {@code --release release} and cairn-core on the class path,
     * or on the module path when the sources include a {@code module-info.java}.
     */
    static Path compile(Path work, int release, Path cairnCore, Map<String, String> sources) throws IOException {
        Path sourceDir = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of(
                "--release",
                String.valueOf(release),
                "-parameters",
                "-Xlint:-options",
                sources.containsKey("module-info.java") ? "--module-path" : "-cp",
                cairnCore.toString(),
                "-d",
                classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDir.resolve(source.getKey());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
        assertThat(status)
                .as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8))
                .isZero();
        return classes;
    }
}
