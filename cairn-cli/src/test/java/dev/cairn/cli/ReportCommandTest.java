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
                "<script>alert(x)</script>",
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
        assertThat(page).contains("&lt;script&gt;alert(x)&lt;/script&gt;");
        assertThat(count(page, "<rect class=\"bar level-")).isGreaterThan(10);
        assertThat(count(page, "class=\"chart latency-chart\"")).isEqualTo(2);
        // The five slowest flows, and the five failed ones.
        assertThat(count(page, "class=\"chart waterfall\"")).isEqualTo(10);
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
        assertThat(count(run.dom, "<tr class=\"failed-flow\">")).isEqualTo(5);
        assertThat(run.dom)
                .contains("<svg class=\"chart\" id=\"error-types-chart\"", "<svg class=\"chart\" id=\"volume-chart\"");
        assertThat(run.dom).doesNotContain("<script");
        assertThat(run.log).doesNotContain("CONSOLE", "Refused to", "Uncaught");
    }

    @Test
    void failedFlows_areListedWithErrorTraceIdAndALinkToTheirWaterfall() throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(cli().run("report", "-q", "-o", html.toString(), sample().toString())
                        .exitCode())
                .isZero();
        String page = Files.readString(html);

        String section = page.substring(page.indexOf("id=\"failed-flows\""), page.indexOf("<h2>Error types"));
        assertThat(count(section, "<tr class=\"failed-flow\">")).isEqualTo(5);
        assertThat(section)
                .contains(
                        "charge_card",
                        "PaymentDeclined: card declined",
                        "0af7651916cd43dd8448eb211c80319c",
                        "2026-11-21T10:08:00.000Z");
        Matcher links = Pattern.compile("<a href=\"#([^\"]+)\">").matcher(section);
        int linked = 0;
        while (links.find()) {
            assertThat(section).contains("id=\"" + links.group(1) + "\"");
            linked++;
        }
        assertThat(linked).isEqualTo(5);
        // Latest first.
        assertThat(section.indexOf("checkout-00000020")).isLessThan(section.indexOf("checkout-00000000"));
    }

    @Test
    void volumeBuckets_adaptToTheSpanOfTheData() throws Exception {
        LogFixture oneMinute = log();
        for (int i = 0; i < 60; i++) {
            oneMinute.add(record(String.format("2026-11-21T10:00:%02dZ", i), "INFO", "shop", "tick"));
        }
        Path html = dir.resolve("minute.html");
        assertThat(cli().run(
                                "report",
                                "-q",
                                "-o",
                                html.toString(),
                                oneMinute.write(dir.resolve("minute.log")).toString())
                        .exitCode())
                .isZero();
        String page = Files.readString(html);
        assertThat(count(page, "<rect class=\"bar level-INFO\"")).isEqualTo(60);
        assertThat(page).contains("1 s per bar");

        LogFixture month = log();
        for (int day = 1; day <= 30; day++) {
            month.add(record(String.format("2026-11-%02dT12:00:00Z", day), "INFO", "shop", "daily"));
        }
        Path monthly = dir.resolve("month.html");
        cli().run(
                        "report",
                        "-q",
                        "-o",
                        monthly.toString(),
                        month.write(dir.resolve("month.log")).toString());
        String monthPage = Files.readString(monthly);
        assertThat(monthPage).contains("12 h per bar");
        assertThat(count(monthPage, "<rect class=\"bar level-INFO\"")).isEqualTo(30);
    }

    @Test
    void latencyLabels_sitAboveEveryBar() throws Exception {
        Path html = dir.resolve("report.html");
        cli().run("report", "-q", "-o", html.toString(), sample().toString());
        String page = Files.readString(html);
        Matcher charts =
                Pattern.compile("<svg class=\"chart latency-chart\".*?</svg>").matcher(page);
        int checked = 0;
        while (charts.find()) {
            String chart = charts.group();
            double lowestLabel = maxOf(chart, "<text class=\"tick marker-label\" x=\"[^\"]+\" y=\"([0-9.]+)\"");
            double highestBar = minOf(chart, "<rect class=\"bar\" x=\"[^\"]+\" y=\"([0-9.]+)\"");
            // A label's baseline plus its descent stays above the top of the tallest bar.
            assertThat(lowestLabel + 4).isLessThanOrEqualTo(highestBar);
            assertThat(chart).contains("p50 ", "p95 ", "p99 ");
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }

    @Test
    void metricsRecords_areChartedWhenPresent() throws Exception {
        LogFixture f = log();
        for (int i = 0; i < 10; i++) {
            f.add(record(
                    String.format("2026-11-21T10:%02d:00Z", i),
                    "INFO",
                    "dev.cairn.metrics",
                    "metrics",
                    "kind",
                    "metrics",
                    "records",
                    java.util.Map.of("INFO", 100 + i, "ERROR", i % 3),
                    "dropped",
                    0,
                    "queue_high_water",
                    7 * i));
        }
        Path html = dir.resolve("metrics.html");
        assertThat(cli().run(
                                "report",
                                "-q",
                                "-o",
                                html.toString(),
                                f.write(dir.resolve("metrics.log")).toString())
                        .exitCode())
                .isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<h2>Metrics records</h2>", "records.INFO", "records.ERROR", "queue_high_water");
        assertThat(count(page, "class=\"chart metrics-chart\"")).isEqualTo(4);
        assertThat(count(page, "<circle class=\"point\"")).isEqualTo(40);

        Path plain = dir.resolve("plain.html");
        cli().run("report", "-q", "-o", plain.toString(), sample().toString());
        assertThat(Files.readString(plain)).doesNotContain("Metrics records");
    }

    private static double maxOf(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        double max = Double.NEGATIVE_INFINITY;
        while (m.find()) {
            max = Math.max(max, Double.parseDouble(m.group(1)));
        }
        return max;
    }

    private static double minOf(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        double min = Double.POSITIVE_INFINITY;
        while (m.find()) {
            min = Math.min(min, Double.parseDouble(m.group(1)));
        }
        return min;
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
