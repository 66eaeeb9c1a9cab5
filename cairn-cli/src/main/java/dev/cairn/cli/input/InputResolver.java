package dev.cairn.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the command line's input arguments into {@link Input}s: files as given, folders walked
 * recursively for log files (sorted by path), {@code -} or no argument for standard input.
 */
public final class InputResolver {

    private InputResolver() {}

    /**
     * @throws IllegalArgumentException naming the first argument that is neither a readable file
     *                                  nor a folder holding log files
     */
    public static List<Input> resolve(List<String> args, InputStream stdin) {
        List<Input> inputs = new ArrayList<>();
        if (args == null || args.isEmpty()) {
            inputs.add(Input.stdin(stdin));
            return inputs;
        }
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(Input.stdin(stdin));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Input> found = walk(p);
                if (found.isEmpty()) {
                    // Most likely the wrong folder: say so rather than report "nothing matched".
                    throw new IllegalArgumentException(
                            "folder '" + arg + "' holds no log files (names containing .log, .json or .ndjson)");
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(p) && Files.isReadable(p)) {
                inputs.add(Input.file(p));
            } else {
                throw new IllegalArgumentException("input '" + arg + "' is not a readable file or folder");
            }
        }
        return inputs;
    }

    private static List<Input> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(InputResolver::looksLikeLog)
                    .sorted()
                    .map(Input::file)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file inside a folder is read if its name contains {@code .log}, {@code .json} or
     * {@code .ndjson}: {@code app.log}, {@code app.log.1}, {@code app.log.2026-11-20.gz},
     * {@code app.jsonl.gz}. Hidden files are skipped. Files named on the command line are always read.
     */
    static boolean looksLikeLog(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        return name.contains(".log") || name.contains(".json") || name.contains(".ndjson");
    }
}
