package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static dev.cairn.cli.LogFixture.error;
import static dev.cairn.cli.LogFixture.flowEnd;
import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private Path sample() {
        LogFixture f = log();
        for (int i = 0; i < 40; i++) {
            String ts = String.format("2026-11-21T10:%02d:%02dZ", i / 4, i % 4 * 15);
            f.add(record(ts, i % 5 == 0 ? "WARN" : "INFO", "shop.Checkout", "cart updated"));
            f.add(flowEnd(
                    ts,
                    String.format("checkout-%08x", i),
                    10 + i,
                    i % 8 == 0,
                    "validate_cart",
                    2.0,
                    "ok",
                    0,
                    "charge_card",
                    8.0 + i,
                    i % 8 == 0 ? "failed" : "ok",
                    0,
                    "call_bank",
                    5.0,
                    "ok",
                    1));
        }
        f.add(record(
                "2026-11-21T10:09:00Z",
                "ERROR",
                "shop.Pay",
                "<script>alert(1)</script>",
                "error",
                error("java.lang.IllegalStateException", "boom")));
        f.add(flowEnd("2026-11-21T10:09:30Z", "refund-00000001", 3.0, false, "refund_card", 3.0, "ok", 0));
        return f.write(dir.resolve("app.log"));
    }

    @Test
    void report_isOneSelfContainedFileWithEveryChart() throws Exception {
        Path html = dir.resolve("report.html");

        CliRun.Result r = cli().run("report", "-o", html.toString(), sample().toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("wrote " + html);
        String page = Files.readString(html);
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(count(page, "<rect class=\"bar level-")).isGreaterThan(10);
        assertThat(count(page, "class=\"chart latency-chart\"")).isEqualTo(2);
        assertThat(count(page, "class=\"chart waterfall\"")).isEqualTo(5);
        assertThat(page)
                .contains(
                        "id=\"error-types-chart\"",
                        "java.lang.IllegalStateException",
                        "checkout-00000027 — 49.0 ms, success");
    }

    @Test
    void report_rendersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
        Path html = dir.resolve("report.html");
        assertThat(cli().run("report", "-q", "-o", html.toString(), sample().toString())
                        .exitCode())
                .isZero();

        Chromium run = dumpDom(html);

        assertThat(run.exitCode).isZero();
        assertThat(count(run.dom, "<rect class=\"bar level-")).isGreaterThan(10);
        assertThat(count(run.dom, "<svg class=\"chart latency-chart\"")).isEqualTo(2);
        assertThat(count(run.dom, "<rect class=\"step")).isGreaterThanOrEqualTo(5 * 2);
        assertThat(run.dom)
                .contains("<svg class=\"chart\" id=\"error-types-chart\"", "<svg class=\"chart\" id=\"volume-chart\"");
        assertThat(run.dom).doesNotContain("<script");
        assertThat(run.log).doesNotContain("CONSOLE", "Refused to", "Uncaught");
    }

    @Test
    void unwritableOutput_isBadUsage() {
        CliRun.Result r =
                cli().run("report", "-o", dir.resolve("no/such/folder/r.html").toString(), sample().toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--output:", "its folder must exist");
        assertThat(cli().run("report", sample().toString()).err()).contains("Missing required option: '--output=FILE'");
    }

    private record Chromium(int exitCode, String dom, String log) {}

    private Chromium dumpDom(Path html) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path out = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--enable-logging=stderr",
                        "--v=0",
                        "--user-data-dir=" + profile,
                        "--dump-dom",
                        html.toUri().toString())
                .redirectOutput(out.toFile())
                .redirectError(log.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return new Chromium(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
