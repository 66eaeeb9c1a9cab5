package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static dev.cairn.cli.LogFixture.error;
import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path dir;

    private Path sample() {
        return log().add(record(
                        "2026-11-21T10:00:05Z",
                        "INFO",
                        "shop.Checkout",
                        "cart updated",
                        "service",
                        "checkout",
                        "trace_id",
                        "t1"))
                .add(record(
                        "2026-11-21T10:00:35Z",
                        "INFO",
                        "shop.Checkout",
                        "cart updated",
                        "service",
                        "checkout",
                        "trace_id",
                        "t1"))
                .add(record(
                        "2026-11-21T10:01:10Z",
                        "WARN",
                        "shop.Pay",
                        "slow charge",
                        "service",
                        "payments",
                        "trace_id",
                        "t2"))
                .add(record(
                        "2026-11-21T10:03:00Z",
                        "ERROR",
                        "shop.Pay",
                        "charge failed",
                        "service",
                        "payments",
                        "trace_id",
                        "t3",
                        "error",
                        error("java.lang.IllegalStateException", "boom")))
                .add(record(
                        "2026-11-21T10:03:30Z",
                        "FATAL",
                        "shop.Db",
                        "pool gone",
                        "error",
                        error("java.sql.SQLException", "closed")))
                .add(record(
                        "2026-11-21T10:04:00Z",
                        "ERROR",
                        "shop.Pay",
                        "charge failed",
                        "service",
                        "payments",
                        "error",
                        error("java.lang.IllegalStateException", "again")))
                .raw("garbage")
                .write(dir.resolve("app.log"));
    }

    @Test
    void invalidJsonInAFieldNoCommandReads_isABadLineForEveryCommand() throws Exception {
        String good = "{\"timestamp\":\"2026-11-21T10:00:0%dZ\",\"level\":\"INFO\",\"logger\":\"a\",\"message\":\"ok\","
                + "\"extra\":%s}";
        Path f = log().raw(String.format(good, 1, "[1,2]"))
                .raw(String.format(good, 2, "[1,]"))
                .raw(String.format(good, 3, "{\"a\":01}"))
                .raw(String.format(good, 4, "[\"bad \\x escape\"]"))
                .raw(String.format(good, 5, "{\"k\":\"v\"}"))
                .raw(String.format(good, 6, "[tru]"))
                .write(dir.resolve("mixed.log"));

        JsonNode stats = LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", f.toString()).out());
        CliRun.Result view = cli().run("view", "-o", "json", f.toString());
        CliRun.Result text = cli().run("view", f.toString());

        assertThat(stats.get("records").asLong()).isEqualTo(2);
        assertThat(view.out().lines()).hasSize(2).allSatisfy(line -> LogFixture.JSON.readTree(line));
        assertThat(text.out().lines()).hasSize(2);
        assertThat(view.err()).contains("skipped 4 lines");
    }

    @Test
    void json_countsByLevelServiceAndLogger() throws Exception {
        CliRun.Result r = cli().run("stats", "--output", "json", sample().toString());

        assertThat(r.exitCode()).isZero();
        JsonNode s = LogFixture.JSON.readTree(r.out());
        assertThat(s.get("records").asLong()).isEqualTo(6);
        assertThat(s.get("first").asText()).isEqualTo("2026-11-21T10:00:05.000Z");
        assertThat(s.get("last").asText()).isEqualTo("2026-11-21T10:04:00.000Z");
        assertThat(s.at("/levels/INFO").asLong()).isEqualTo(2);
        assertThat(s.at("/levels/ERROR").asLong()).isEqualTo(2);
        assertThat(s.at("/levels/FATAL").asLong()).isEqualTo(1);
        assertThat(s.get("error_rate").asDouble()).isEqualTo(0.5);
        assertThat(s.get("active_traces").asLong()).isEqualTo(3);
        assertThat(s.at("/services/payments/total").asLong()).isEqualTo(3);
        assertThat(s.at("/services/payments/ERROR").asLong()).isEqualTo(2);
        assertThat(s.at("/services/-/FATAL").asLong()).isEqualTo(1);
        assertThat(s.at("/loggers/0/logger").asText()).isEqualTo("shop.Pay");
        assertThat(s.at("/loggers/0/count").asLong()).isEqualTo(3);
        assertThat(s.at("/top_patterns/0/pattern").asText()).isEqualTo("cart updated");
        assertThat(s.at("/top_patterns/0/count").asLong()).isEqualTo(2);
        assertThat(s.at("/top_error_types/0/type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(s.at("/top_error_types/0/count").asLong()).isEqualTo(2);
        assertThat(s.at("/top_error_types/1/type").asText()).isEqualTo("java.sql.SQLException");
        assertThat(s.at("/per_minute/counts").toString()).isEqualTo("[2,1,0,2,1]");
        assertThat(s.get("recent_errors")).hasSize(3);
        assertThat(s.at("/recent_errors/0/timestamp").asText()).isEqualTo("2026-11-21T10:04:00Z");
        assertThat(r.err()).contains("skipped 1 line", "app.log:7");
    }

    @Test
    void text_showsEverySection() {
        CliRun.Result r = cli().run("stats", "--quiet", sample().toString());

        assertThat(r.out())
                .contains(
                        "records        6  from 2026-11-21T10:00:05.000Z to 2026-11-21T10:04:00.000Z",
                        "levels         TRACE 0 DEBUG 0 INFO 2 WARN 1 ERROR 2 FATAL 1",
                        "error rate     50.00% (3 ERROR or FATAL)",
                        "active traces  3 distinct trace_id",
                        "records per minute (1 column = 1 min, highest column 2 records)",
                        "  █▄ █▄\n",
                        "         2  java.lang.IllegalStateException",
                        "recent errors (newest first)\n  2026-11-21T10:04:00.000Z ERROR shop.Pay - charge failed\n    java.lang.IllegalStateException: again");
        assertThat(r.out()).containsPattern("payments +3 +0 +0 +0 +1 +2 +0");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void filters_applyBeforeCounting() throws Exception {
        CliRun.Result r = cli().run("stats", "-o", "json", "--where", "service=payments", sample().toString());

        assertThat(LogFixture.JSON.readTree(r.out()).get("records").asLong()).isEqualTo(3);
    }

    @Test
    void twoThreadsOneThreadAndGzip_countTheSame() throws Exception {
        LogFixture f = log();
        for (int i = 0; i < 30_000; i++) {
            f.add(record(
                    String.format("2026-11-21T10:%02d:%02dZ", i / 600 % 60, i / 10 % 60),
                    i % 7 == 0 ? "ERROR" : "INFO",
                    "l" + (i % 13),
                    "m" + (i % 50),
                    "service",
                    "s" + (i % 3),
                    "trace_id",
                    "t" + (i % 1000)));
        }
        Path p = f.write(dir.resolve("many.log"));
        Path gz = f.writeGzip(dir.resolve("many.log.gz"));

        JsonNode one = LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", "--threads", "1", p.toString()).out());
        JsonNode two = LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", "--threads", "2", p.toString()).out());

        JsonNode compressed = LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", gz.toString()).out());
        Path parts = Files.createDirectories(dir.resolve("parts"));
        List<String> lines = Files.readAllLines(p);
        for (int part = 0; part < 7; part++) {
            Files.write(
                    parts.resolve("part" + part + ".log"),
                    lines.subList(part * lines.size() / 7, (part + 1) * lines.size() / 7));
        }
        JsonNode split = LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", parts.toString()).out());

        assertThat(two).isEqualTo(one);
        assertThat(compressed).isEqualTo(one);
        assertThat(split).isEqualTo(one);
        assertThat(one.get("records").asLong()).isEqualTo(30_000);
        assertThat(one.at("/levels/ERROR").asLong()).isEqualTo(4286);
        assertThat(one.get("active_traces").asLong()).isBetween(990L, 1010L);
    }

    @Test
    void noRecords_exitsOne() {
        Path empty = log().raw("not json").write(dir.resolve("empty.log"));
        assertThat(cli().run("stats", "-q", empty.toString()).exitCode()).isEqualTo(ExitCodes.NO_MATCH);
        assertThat(cli().run("stats", "--top", "0", empty.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
