package dev.cairn.cli;

import dev.cairn.cli.render.Terminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may touch of the outside world: the standard streams, the environment, the
 * clock and what the streams are attached to. Tests build one around buffers.
 */
public record CliContext(
        InputStream stdin,
        OutputStream stdout,
        PrintStream stderr,
        Map<String, String> env,
        Clock clock,
        boolean stdoutIsTerminal,
        boolean stderrIsTerminal) {

    /** The real process: stdout unsynchronised and buffered (commands flush), stderr as is. */
    public static CliContext system() {
        return new CliContext(
                System.in,
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getenv(),
                Clock.systemUTC(),
                Terminal.stdoutIsTerminal(),
                Terminal.stderrIsTerminal());
    }
}
