package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static dev.cairn.cli.LogFixture.error;
import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewCommandTest {

    @TempDir
    Path dir;

    private Path sample() {
        return log().add(record(
                        "2026-11-21T10:15:30.123456Z",
                        "INFO",
                        "shop.Checkout",
                        "cart updated",
                        "service",
                        "checkout",
                        "user_id",
                        "42",
                        "items",
                        3))
                .add(record(
                        "2026-11-21T10:15:31.000001Z",
                        "WARN",
                        "shop.Pay",
                        "slow charge",
                        "service",
                        "payments",
                        "duration_ms",
                        812.5,
                        "note",
                        "took long"))
                .add(record(
                        "2026-11-21T10:15:32.500000Z",
                        "ERROR",
                        "shopping.Cart",
                        "boom",
                        "service",
                        "checkout",
                        "user_id",
                        "7",
                        "error",
                        error("java.lang.IllegalStateException", "boom")))
                .add(record("2026-11-21T10:15:33.000000Z", "DEBUG", "shop.Pay.Gateway", "retrying", "duration_ms", 12))
                .write(dir.resolve("app.log"));
    }

    @Test
    void text_matchesCairnTextFormat() {
        CliRun.Result r = cli().run("view", sample().toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                2026-11-21T10:15:30.123Z INFO  shop.Checkout - cart updated user_id=42 items=3
                2026-11-21T10:15:31.000Z WARN  shop.Pay - slow charge duration_ms=812.5 note="took long"
                2026-11-21T10:15:32.500Z ERROR shopping.Cart - boom user_id=7
                  java.lang.IllegalStateException: boom
                      at shop.Pay.charge(Pay.java:10)
                      at shop.Checkout.run(Checkout.java:42)
                2026-11-21T10:15:33.000Z DEBUG shop.Pay.Gateway - retrying duration_ms=12
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void level_showsThatLevelAndAbove() {
        CliRun.Result r = cli().run("view", "--level", "warn", sample().toString());

        assertThat(r.out()).contains("slow charge", "boom").doesNotContain("cart updated", "retrying");
    }

    @Test
    void logger_matchesWholeDottedPrefixesOnly() {
        CliRun.Result r = cli().run("view", "--logger", "shop.Pay", sample().toString());

        assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.contains("shop.Pay"));
    }

    @Test
    void where_comparesNumbersStringsAndRegexes() {
        Path f = sample();
        assertThat(cli().run("view", "--where", "duration_ms>500", f.toString()).out())
                .contains("slow charge")
                .doesNotContain("retrying");
        assertThat(cli().run("view", "-w", "user_id=42", f.toString()).out().lines())
                .hasSize(1);
        assertThat(cli().run("view", "-w", "user_id!=42", f.toString()).out())
                .contains("boom")
                .doesNotContain("cart updated");
        assertThat(cli().run("view", "-w", "message~^re", f.toString()).out())
                .contains("retrying")
                .doesNotContain("boom");
        assertThat(cli().run("view", "-w", "error.type=java.lang.IllegalStateException", f.toString())
                        .out())
                .startsWith("2026-11-21T10:15:32.500Z");
        assertThat(cli().run("view", "-w", "service=checkout", "-w", "items>=3", f.toString())
                        .out()
                        .lines())
                .hasSize(1);
    }

    @Test
    void grep_searchesMessageAndValues() {
        assertThat(cli().run("view", "--grep", "took", sample().toString()).out())
                .contains("slow charge");
        assertThat(cli().run("view", "--grep", "Checkout.run", sample().toString())
                        .out())
                .contains("boom");
    }

    @Test
    void sinceAndUntil_acceptDurationsAndRfc3339() {
        Path f = sample();
        CliRun.Result r = cli().run(
                        "view",
                        "--since",
                        "2026-11-21T10:15:31Z",
                        "--until",
                        "2026-11-21T11:15:33+01:00",
                        f.toString());
        assertThat(r.out()).contains("slow charge", "boom").doesNotContain("cart updated", "retrying");
        // CliRun's clock says 11:00; 45m ago = 10:15:00.
        assertThat(cli().run("view", "--since", "45m", f.toString()).out().lines())
                .hasSize(7);
        assertThat(cli().run("view", "--since", "10m", f.toString()).exitCode()).isEqualTo(ExitCodes.NO_MATCH);
    }

    @Test
    void jsonOutput_writesMatchingLinesByteForByte() throws Exception {
        Path f = sample();
        CliRun.Result r = cli().run("view", "--output", "json", "--level", "WARN", f.toString());

        java.util.List<String> all = Files.readAllLines(f);
        assertThat(r.out()).isEqualTo(all.get(1) + "\n" + all.get(2) + "\n");
    }

    @Test
    void noMatch_exitsOne() {
        CliRun.Result r = cli().run("view", "--level", "FATAL", sample().toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_MATCH);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void severalInputs_areMergedInTimeOrder() {
        Path a = log().add(record("2026-11-21T10:00:01Z", "INFO", "a", "a1"))
                .add(record("2026-11-21T10:00:03Z", "INFO", "a", "a3"))
                .write(dir.resolve("a.log"));
        Path b = log().add(record("2026-11-21T10:00:02Z", "INFO", "b", "b2"))
                .add(record("2026-11-21T10:00:04Z", "INFO", "b", "b4"))
                .write(dir.resolve("b.log"));

        CliRun.Result r = cli().run("view", "-o", "json", a.toString(), b.toString());

        assertThat(r.out().lines().map(l -> l.replaceAll(".*\"message\":\"(\\w+)\".*", "$1")))
                .containsExactly("a1", "b2", "a3", "b4");
    }

    @Test
    void folder_readsRotatedGzipBackupsMergedWithTheLiveFile() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs/nested"));
        log().add(record("2026-11-21T08:00:00Z", "INFO", "x", "oldest")).writeGzip(logs.resolve("app.log.2.gz"));
        log().add(record("2026-11-21T09:00:00Z", "INFO", "x", "older")).writeGzip(logs.resolve("app.log.1.gz"));
        log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "live")).write(logs.resolve("app.log"));
        Files.writeString(logs.resolve("README.txt"), "not a log");

        CliRun.Result r = cli().run("view", dir.resolve("logs").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().map(l -> l.substring(l.indexOf(" - ") + 3)))
                .containsExactly("oldest", "older", "live");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void truncatedGzipBackup_keepsItsReadablePartAndSaysSo() throws Exception {
        LogFixture f = log();
        for (int i = 0; i < 2000; i++) {
            f.add(record(String.format("2026-11-21T09:%02d:%02dZ", i / 60 % 60, i % 60), "INFO", "x", "old " + i));
        }
        Path gz = f.writeGzip(dir.resolve("app.log.1.gz"));
        byte[] whole = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path live =
                log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "live")).write(dir.resolve("app.log"));

        CliRun.Result r = cli().run("view", "-o", "json", gz.toString(), live.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"old 0\"", "\"live\"");
        assertThat(r.out().lines().count()).isBetween(100L, 2000L);
        assertThat(r.err())
                .startsWith("cairn: " + gz
                        + " ends early (Unexpected end of ZLIB input stream); its readable part was used\n");
    }

    @Test
    void stdin_isReadWhenNoInputIsGiven() {
        byte[] in = log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "from stdin"))
                .text()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(cli().stdin(in).run("view").out()).contains("from stdin");
        assertThat(cli().stdin(in).run("view", "-").out()).contains("from stdin");
    }

    @Test
    void malformedLines_areCountedAndReportedWithLineNumbers() {
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "first"))
                .raw("this is not json")
                .raw("{\"timestamp\":\"2026-11-21T10:00:01Z\",\"level\":\"INFO\"")
                .raw("")
                .raw("{\"no\":\"schema\"}")
                .add(record("2026-11-21T10:00:02Z", "INFO", "x", "last"))
                .raw("{\"timestamp\":\"2026-11-21T10:00:03Z\",\"level\":\"INFO\",\"message\":\"trunc")
                .write(dir.resolve("bad.log"));

        CliRun.Result r = cli().run("view", f.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.err())
                .isEqualTo("cairn: skipped 4 lines that are not JSON log records (" + f + ":2, " + f + ":3, " + f
                        + ":5, " + f + ":7)\n");
        assertThat(cli().run("view", "--quiet", f.toString()).err()).isEmpty();
    }

    @Test
    void truncatedLastLineWithoutNewline_isCountedNotFatal() throws Exception {
        Path f = dir.resolve("t.log");
        String good = LogFixture.JSON.writeValueAsString(record("2026-11-21T10:00:00Z", "INFO", "x", "ok"));
        Files.writeString(f, good + "\n" + good.substring(0, 40));

        CliRun.Result r = cli().run("view", f.toString());

        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains("skipped 1 line", f + ":2");
    }

    @Test
    void recordSplitAcrossTwoLines_isTwoBadLines_andLinesWithCarriageReturnsOrTrailingSpacesAreShownWhole()
            throws Exception {
        Path f = dir.resolve("split.log");
        String good = LogFixture.JSON.writeValueAsString(record("2026-11-21T10:00:00Z", "INFO", "x", "ok"));
        int cut = good.indexOf(",\"message\"") + 1;
        Files.writeString(
                f, good + "\r\n" + good.substring(0, cut) + "\n" + good.substring(cut) + "\n" + good + " \t\n" + good);

        CliRun.Result r = cli().run("view", "-o", "json", f.toString());

        assertThat(r.out()).isEqualTo(good + "\r\n" + good + " \t\n" + good + "\n");
        assertThat(r.err())
                .isEqualTo("cairn: skipped 2 lines that are not JSON log records (" + f + ":2, " + f + ":3)\n");
    }

    @Test
    void tenMegabyteLine_isShownWhole() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "before"))
                .add(record("2026-11-21T10:00:01Z", "INFO", "x", "huge", "blob", big))
                .add(record("2026-11-21T10:00:02Z", "INFO", "x", "after"))
                .write(dir.resolve("big.log"));

        CliRun.Result r = cli().run("view", "-o", "json", "--where", "message=huge", f.toString());

        assertThat(r.outBytes().length).isGreaterThan(10 * 1024 * 1024);
        assertThat(LogFixture.JSON.readTree(r.out()).get("blob").asText()).hasSize(big.length());
    }

    @Test
    void byteOrderMarkAtTheStartOfAFile_isIgnored() throws Exception {
        Path f = dir.resolve("bom.log");
        Files.writeString(
                f,
                "\uFEFF"
                        + log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "first"))
                                .text());

        CliRun.Result r = cli().run("view", f.toString());

        assertThat(r.out()).isEqualTo("2026-11-21T10:00:00.000Z INFO  x - first\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void nonUtf8Bytes_becomeReplacementCharacters() throws Exception {
        Path f = dir.resolve("latin1.log");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("{\"timestamp\":\"2026-11-21T10:00:00Z\",\"level\":\"INFO\",\"logger\":\"x\",\"message\":\"caf"
                .getBytes(StandardCharsets.US_ASCII));
        b.write(0xE9);
        b.write(0xFF);
        b.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(f, b.toByteArray());

        CliRun.Result r = cli().run("view", f.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("x - caf\uFFFD\uFFFD");
    }

    @Test
    void terminalEscapesAndLineBreaksInInput_areNeutralised() {
        Path f = log().add(record(
                        "2026-11-21T10:00:00Z",
                        "INFO",
                        "evil\u001b[2J",
                        "hi\u001b[31mred\r\n2026-11-21T10:00:00.000Z FATAL forged - x",
                        "k\u009b",
                        "v\u202Eal\u0007",
                        "tab",
                        "a\tb"))
                .write(dir.resolve("evil.log"));

        CliRun.Result r = cli().run("view", "--color", "always", f.toString());

        assertThat(r.out()).doesNotContain("\u001b[2J", "\u001b[31m", "\r", "\u009b", "\u202E", "\u0007");
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out())
                .contains(
                        "evil\\u001b[2J - hi\\u001b[31mred\\r\\n2026-11-21T10:00:00.000Z FATAL forged - x",
                        "\"k\\u009b\"=\"v\\u202eal\\u0007\"",
                        "tab=\"a\\tb\"");
    }

    @Test
    void colors_followTerminalNoColorAndTheColorOption() {
        Path f = sample();
        assertThat(cli().run("view", f.toString()).out()).doesNotContain("\u001b[");
        assertThat(cli().onTerminal().run("view", f.toString()).out())
                .contains(
                        "\u001b[32mINFO\u001b[0m",
                        "\u001b[33mWARN\u001b[0m",
                        "\u001b[31mERROR\u001b[0m",
                        "\u001b[36mDEBUG\u001b[0m");
        assertThat(cli().onTerminal()
                        .env("NO_COLOR", "1")
                        .run("view", f.toString())
                        .out())
                .doesNotContain("\u001b[");
        assertThat(cli().onTerminal()
                        .env("NO_COLOR", "")
                        .run("view", f.toString())
                        .out())
                .contains("\u001b[32m");
        assertThat(cli().env("NO_COLOR", "1")
                        .run("view", "--color=always", f.toString())
                        .out())
                .contains("\u001b[32m");
        assertThat(cli().onTerminal().run("view", "--color=never", f.toString()).out())
                .doesNotContain("\u001b[");
    }

    @Test
    void logstashAndEcsShapes_areRead() {
        Path f = log().raw(
                        "{\"@timestamp\":\"2026-11-21T10:00:00.000Z\",\"@version\":\"1\",\"message\":\"logstash line\",\"logger_name\":\"a.B\","
                                + "\"thread_name\":\"main\",\"level\":\"WARNING\",\"level_value\":30000,"
                                + "\"stack_trace\":\"java.io.IOException: disk\\n\\tat a.B.c(B.java:1)\"}")
                .raw(
                        "{\"@timestamp\":\"2026-11-21T10:00:01.000Z\",\"log.level\":\"critical\",\"log.logger\":\"c.D\",\"message\":\"ecs line\","
                                + "\"service.name\":\"billing\",\"error.type\":\"java.lang.RuntimeException\",\"error.message\":\"bad\"}")
                .raw(
                        "{\"@timestamp\":\"2026-11-21T10:00:02.000Z\",\"log\":{\"level\":\"info\",\"logger\":\"e.F\"},\"message\":\"nested ecs\"}")
                .write(dir.resolve("shapes.log"));

        CliRun.Result r = cli().run("view", f.toString());

        assertThat(r.out()).isEqualTo("""
                2026-11-21T10:00:00.000Z WARN  a.B - logstash line
                  java.io.IOException: disk
                      at a.B.c(B.java:1)
                2026-11-21T10:00:01.000Z FATAL c.D - ecs line
                  java.lang.RuntimeException: bad
                2026-11-21T10:00:02.000Z INFO  e.F - nested ecs
                """);
        assertThat(cli().run("view", "--level", "ERROR", f.toString()).out())
                .contains("ecs line")
                .doesNotContain("logstash");
    }

    @Test
    void badUsage_exitsTwoWithOneLineNamingTheOption() {
        Path f = sample();
        assertUsage(
                cli().run("view", "--level", "LOUD", f.toString()),
                "--level: 'LOUD' is not a level; expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL");
        assertUsage(
                cli().run("view", "--where", "duration_ms>fast", f.toString()),
                "--where: 'duration_ms>fast': > needs a number, got 'fast'");
        assertUsage(
                cli().run("view", "--where", "nonsense", f.toString()),
                "--where: 'nonsense' is not a condition; expected KEY=VALUE");
        assertUsage(cli().run("view", "--where", "a~(", f.toString()), "--where: 'a~(': invalid regex");
        assertUsage(
                cli().run("view", "--since", "yesterday", f.toString()),
                "--since: 'yesterday' is not a time; expected a duration such as 30s");
        assertUsage(
                cli().run("view", "--since", "10m", "--until", "1h", f.toString()),
                "--until: '1h' is not after --since '10m'");
        assertUsage(cli().run("view", "--color", "sometimes", f.toString()), "--color");
        assertUsage(
                cli().run("view", dir.resolve("missing.log").toString()),
                "input '" + dir.resolve("missing.log") + "' is not a readable file or folder");
        assertUsage(cli().run("view", "--threads", "0", f.toString()), "--threads: must be between 1 and 256, got 0");
        Path empty = dir.resolve("empty");
        assertThat(empty.toFile().mkdir()).isTrue();
        assertUsage(
                cli().run("view", empty.toString()),
                "folder '" + empty + "' holds no log files (names containing .log, .json or .ndjson)");
        assertUsage(cli().run("view", "--bogus"), "Unknown option: '--bogus'");
        assertUsage(cli().run(), "a command is required");
    }

    private static void assertUsage(CliRun.Result r, String message) {
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message).endsWith("--help')\n");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }
}
