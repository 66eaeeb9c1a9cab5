package dev.cairn.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Classes compiled during the test by this JDK's javac, with options a test chooses (for example with or without
 * {@code -parameters} and {@code -g}), for code that ordinary test sources, compiled once by Maven, cannot be.
 */
public final class CompiledSources {

    private CompiledSources() {}

    /**
     * Compiles {@code sources} (file name to text) into {@code work/classes} with {@code options} and {@code classPath};
     * fails with javac's messages when they do not compile.
     *
     * @return the folder of the class files
     */
    public static Path compile(Path work, List<String> options, List<Path> classPath, Map<String, String> sources) {
        try {
            Path sourceDir = Files.createDirectories(work.resolve("src"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> arguments = new ArrayList<>(options);
            arguments.addAll(List.of(
                    "-cp",
                    classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                    "-d",
                    classes.toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int status = javac.run(null, messages, messages, arguments.toArray(String[]::new));
            if (status != 0) {
                throw new AssertionError("javac " + options + " failed: " + messages.toString(StandardCharsets.UTF_8));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
