package dev.cairn.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process against buffers and captures what it wrote. */
final class CliRun {

    /** "Now" for every in-process run: a little after the fixtures' records. */
    static final Instant NOW = Instant.parse("2026-11-21T11:00:00Z");

    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private final Map<String, String> env = new HashMap<>();
    private boolean stdoutTerminal;

    static CliRun cli() {
        return new CliRun();
    }

    CliRun stdin(byte[] bytes) {
        this.stdin = new ByteArrayInputStream(bytes);
        return this;
    }

    CliRun env(String key, String value) {
        env.put(key, value);
        return this;
    }

    CliRun onTerminal() {
        this.stdoutTerminal = true;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(
                stdin,
                out,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                Clock.fixed(NOW, ZoneOffset.UTC),
                stdoutTerminal,
                false);
        int code = Cli.run(ctx, args);
        return new Result(
                code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    record Result(int exitCode, String out, String err, byte[] outBytes) {}
}
