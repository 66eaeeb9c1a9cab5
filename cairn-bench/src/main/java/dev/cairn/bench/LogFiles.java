package dev.cairn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where benchmarks write: {@code -Dcairn.bench.dir} (run.sh sets it), else {@code <java.io.tmpdir>/cairn-bench}. Every
 * library writes to the same folder, so to the same disk.
 */
final class LogFiles {

    private LogFiles() {}

    /** A path in the benchmark folder that does not exist yet. */
    static Path fresh(String name) {
        try {
            Path dir = Path.of(System.getProperty(
                    "cairn.bench.dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "cairn-bench").toString()));
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, name + "-", ".log");
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
