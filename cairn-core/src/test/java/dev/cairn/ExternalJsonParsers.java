package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Feeds JSON lines to jq and to Python's json module, the readers the schema promises to satisfy. */
final class ExternalJsonParsers {

    private ExternalJsonParsers() {}

    static void assertAccepted(String jsonLines) {
        assertAcceptedBy(List.of("jq", "-c", "."), jsonLines);
        assertAcceptedBy(
                List.of("python3", "-c", "import sys, json\nfor line in sys.stdin.buffer:\n    json.loads(line)"),
                jsonLines);
    }

    private static void assertAcceptedBy(List<String> command, String input) {
        if (!onPath(command.get(0))) {
            throw new AssertionError(command.get(0) + " is not installed; .ci/run installs it");
        }
        try {
            Path errors = Files.createTempFile("parser", ".err");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile())
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as("%s rejected the output: %s", command.get(0), Files.readString(errors))
                    .isZero();
            Files.delete(errors);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
