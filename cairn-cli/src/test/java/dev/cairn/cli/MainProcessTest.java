package dev.cairn.cli;

import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the tool as a separate JVM, as a user would: real standard streams, exit codes and heap limits. */
class MainProcessTest {

    @TempDir
    Path dir;

    private ChildJvm cairn(List<String> jvmArgs, String... args) {
        return ChildJvm.main(Main.class)
                .jvmArguments(jvmArgs)
                .arguments(args)
                .unset("NO_COLOR")
                .stderrTo(dir.resolve("stderr.txt"));
    }

    private ChildJvm.Exit run(byte[] stdin, List<String> jvmArgs, String... args) throws Exception {
        return cairn(jvmArgs, args).stdin(stdin).run(Duration.ofSeconds(60));
    }

    @Test
    void stdinPipe_isReadAndNotColoured() throws Exception {
        byte[] in = log().add(record("2026-11-21T10:00:00Z", "WARN", "a.B", "piped"))
                .text()
                .getBytes(StandardCharsets.UTF_8);

        ChildJvm.Exit r = run(in, List.of(), "view", "--level", "WARN");

        assertThat(r.code()).isZero();
        assertThat(r.stdout()).isEqualTo("2026-11-21T10:00:00.000Z WARN  a.B - piped\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void modulePath_runsAsTheNamedModule() throws Exception {
        String classes = ChildJvm.locationOf(Main.class).toString();
        // dev.cairn.cli requires dev.cairn for the sealed-file reader.
        String core = ChildJvm.locationOf(dev.cairn.LogSystem.class).toString();
        String picocli = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("picocli"))
                .findFirst()
                .orElseThrow();
        ChildJvm.Exit exit = ChildJvm.withoutMainClass()
                .classPath(List.of())
                .jvmArguments(
                        "-p",
                        classes + File.pathSeparator + core + File.pathSeparator + picocli,
                        "-m",
                        "dev.cairn.cli/dev.cairn.cli.Main")
                .arguments("stats", "--help")
                .run(Duration.ofSeconds(60));
        assertThat(exit.stdout() + exit.stderr()).startsWith("Usage: cairn stats");
        assertThat(exit.code()).isZero();
    }

    @Test
    void exitCodes_forNoMatchAndBadUsage() throws Exception {
        byte[] in = log().add(record("2026-11-21T10:00:00Z", "INFO", "a", "x"))
                .text()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(run(in, List.of(), "view", "--level", "ERROR").code()).isEqualTo(1);
        ChildJvm.Exit bad = run(new byte[0], List.of(), "stats", "--where", "oops");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("cairn stats: --where: 'oops' is not a condition");
    }

    @Test
    void largeInput_streamsThroughASmallHeap() throws Exception {
        Path big = dir.resolve("big.log");
        int lines = 250_000;
        try (Writer w = Files.newBufferedWriter(big)) {
            String pad = "p".repeat(300);
            for (int i = 0; i < lines; i++) {
                w.write("{\"timestamp\":\"2026-11-21T10:" + String.format("%02d:%02d", i / 6000 % 60, i / 100 % 60)
                        + ".000000Z\",\"level\":\"INFO\",\"logger\":\"l\",\"message\":\"m" + (i % 100)
                        + "\",\"trace_id\":\"t" + i
                        + "\",\"pad\":\"" + pad + "\"}\n");
            }
        }
        assertThat(Files.size(big)).isGreaterThan(80L * 1024 * 1024);

        ChildJvm.Exit r = run(new byte[0], List.of("-Xmx32m"), "stats", "--threads", "8", "-o", "json", big.toString());

        assertThat(r.stderr()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(LogFixture.JSON.readTree(r.stdout()).get("records").asLong()).isEqualTo(lines);
    }

    @Test
    void longLines_belowTheLimitAreShownAndAboveItSkipped_neverOutOfMemory() throws Exception {
        Path file = dir.resolve("long.log");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(
                    "{\"timestamp\":\"2026-11-21T10:00:00Z\",\"level\":\"INFO\",\"logger\":\"a\",\"message\":\"short\"}\n");
            for (int mib : new int[] {12, 48}) {
                w.write("{\"timestamp\":\"2026-11-21T10:00:01Z\",\"level\":\"INFO\",\"logger\":\"a\",\"message\":\"");
                char[] block = new char[1024 * 1024];
                java.util.Arrays.fill(block, 'x');
                for (int i = 0; i < mib; i++) {
                    w.write(block);
                }
                w.write("\"}\n");
            }
        }
        for (String command : new String[] {"stats", "view"}) {
            ChildJvm.Exit r = run(new byte[0], List.of("-Xmx256m"), command, "-o", "json", file.toString());

            assertThat(r.code()).as(command + ": " + r.stderr()).isZero();
            assertThat(r.stderr())
                    .as(command)
                    .isEqualTo("cairn: skipped 1 line that are not JSON log records (" + file + ":3)\n");
        }
        ChildJvm.Exit view = run(new byte[0], List.of("-Xmx256m"), "view", file.toString());
        assertThat(view.stdout().lines()).hasSize(2);
        assertThat(view.stdout().lines().skip(1).findFirst().orElseThrow()).hasSizeGreaterThan(12 * 1024 * 1024);
    }

    @Test
    void manyLargeGzipBackups_mergeInASmallHeap() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        String pad = "p".repeat(200);
        int files = 24;
        int lines = 20_000;
        for (int file = 0; file < files; file++) {
            try (Writer w = new OutputStreamWriter(
                    new GZIPOutputStream(
                            Files.newOutputStream(logs.resolve(String.format("app.log.%02d.gz", file))), 1 << 16),
                    StandardCharsets.UTF_8)) {
                for (int i = 0; i < lines; i++) {
                    w.write("{\"timestamp\":\"2026-11-21T10:"
                            + String.format("%02d:%02d.%06d", i / 1000 % 60, i / 17 % 60, file)
                            + "Z\",\"level\":\"" + (i % 1000 == 0 ? "ERROR" : "INFO")
                            + "\",\"logger\":\"l\",\"message\":\"m\",\"pad\":\""
                            + pad + "\"}\n");
                }
            }
        }

        // Each file inflates to about 5 MB: read ahead in full-size blocks, 24 of them would not fit 48 MB.
        ChildJvm.Exit r =
                run(new byte[0], List.of("-Xmx48m"), "view", "-o", "json", "--level", "ERROR", logs.toString());

        assertThat(r.stderr()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.stdout().lines()).hasSize(files * lines / 1000);
    }

    @Test
    void closedPipe_endsQuietlyLikeHead() throws Exception {
        LogFixture f = log();
        for (int i = 0; i < 50_000; i++) {
            f.add(record("2026-11-21T10:00:00Z", "INFO", "a", "line " + i));
        }
        Path file = f.write(dir.resolve("many.log"));
        Process p = cairn(List.of(), "view", file.toString()).start();
        p.getOutputStream().close();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).endsWith("a - line 0");
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("stderr.txt"))).isEmpty();
    }
}
