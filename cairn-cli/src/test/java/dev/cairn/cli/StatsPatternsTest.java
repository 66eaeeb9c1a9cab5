package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static dev.cairn.cli.LogFixture.error;
import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn stats} ranks message patterns, values masked, and errors by pattern and exception type. */
class StatsPatternsTest {

    @TempDir
    Path dir;

    @Test
    void uniqueMessages_collapseIntoTheirPatterns() throws Exception {
        LogFixture log = log();
        for (int i = 0; i < 500; i++) {
            String ts = String.format("2026-11-21T10:%02d:%02dZ", i / 60, i % 60);
            log.add(record(ts, "INFO", "shop", "processed item " + i + " for user " + (i * 7)));
            log.add(record(ts, "INFO", "shop", "session " + UUID.randomUUID() + " opened in " + i + "ms"));
            log.add(record(ts, "INFO", "shop", "order B-" + i + " total " + i + ".99 key 0x" + Integer.toHexString(i)));
            log.add(record(ts, "INFO", "shop", "lookup 'user-" + i + "' hash " + Long.toHexString(0xabcdef00L + i)));
        }
        JsonNode s = stats(log.write(dir.resolve("app.log")));

        assertThat(s.at("/top_patterns").size()).isEqualTo(4);
        assertThat(s.at("/top_patterns").findValuesAsText("pattern"))
                .containsExactlyInAnyOrder(
                        "processed item <n> for user <n>",
                        "session <uuid> opened in <n>ms",
                        "order <id> total <n> key <hex>",
                        "lookup '…' hash <hex>");
        assertThat(s.at("/top_patterns/0/count").asLong()).isEqualTo(500);
    }

    @Test
    void aMessageCountsOnce_whetherMaskedAsItCameOrOnceForAllItsRepeats() throws Exception {
        // Thousands of distinct messages in one chunk: the first are kept as written and masked once each, the rest
        // masked as they come; a repeated message falls on both sides.
        LogFixture log = log();
        for (int i = 0; i < 3_000; i++) {
            String ts = String.format("2026-11-21T10:%02d:%02dZ", i / 60 % 60, i % 60);
            log.add(record(ts, "INFO", "shop", i % 2 == 0 ? "cache miss" : "processed item " + i));
            log.add(record(ts, "INFO", "shop", "cart updated for user " + i % 7));
        }
        JsonNode s = stats(log.write(dir.resolve("many.log")));

        assertThat(s.at("/top_patterns").size()).isEqualTo(3);
        assertThat(s.at("/top_patterns/0/pattern").asText()).isEqualTo("cart updated for user <n>");
        assertThat(s.at("/top_patterns/0/count").asLong()).isEqualTo(3_000);
        assertThat(s.at("/top_patterns/1/pattern").asText()).isEqualTo("cache miss");
        assertThat(s.at("/top_patterns/1/count").asLong()).isEqualTo(1_500);
        assertThat(s.at("/top_patterns/2/pattern").asText()).isEqualTo("processed item <n>");
        assertThat(s.at("/top_patterns/2/count").asLong()).isEqualTo(1_500);
    }

    @Test
    void doubleQuotedValues_areMasked() throws Exception {
        Path file = log().add(record("2026-11-21T10:00:00Z", "INFO", "shop", "unknown product \"blue shoe\" in cart"))
                .add(record("2026-11-21T10:00:01Z", "INFO", "shop", "unknown product \"red hat\" in cart"))
                .write(dir.resolve("quoted.log"));
        JsonNode s = stats(file);
        assertThat(s.at("/top_patterns/0/pattern").asText()).isEqualTo("unknown product \"…\" in cart");
        assertThat(s.at("/top_patterns/0/count").asLong()).isEqualTo(2);
    }

    @Test
    void errors_groupByPatternAndExceptionType() throws Exception {
        LogFixture log = log();
        for (int i = 0; i < 30; i++) {
            String ts = String.format("2026-11-21T10:00:%02dZ", i);
            String type = i % 3 == 0 ? "java.net.SocketTimeoutException" : "java.lang.IllegalStateException";
            log.add(record(ts, "ERROR", "shop", "charge failed for order " + i, "error", error(type, "x" + i)));
        }
        log.add(record("2026-11-21T10:01:00Z", "ERROR", "shop", "disk full on /dev/sda" + 1));
        JsonNode s = stats(log.write(dir.resolve("errors.log")));

        JsonNode top = s.at("/top_errors");
        assertThat(top.size()).isEqualTo(3);
        assertThat(top.get(0).get("pattern").asText()).isEqualTo("charge failed for order <n>");
        assertThat(top.get(0).get("type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(top.get(0).get("count").asLong()).isEqualTo(20);
        assertThat(top.get(1).get("type").asText()).isEqualTo("java.net.SocketTimeoutException");
        assertThat(top.get(1).get("count").asLong()).isEqualTo(10);
        assertThat(top.get(2).get("pattern").asText()).isEqualTo("disk full on /dev/<id>");
        assertThat(top.get(2).get("type").isNull()).isTrue();

        String text = cli().run("stats", dir.resolve("errors.log").toString()).out();
        assertThat(text)
                .contains("top errors (pattern, exception type)")
                .contains("charge failed for order <n>  java.lang.IllegalStateException");
    }

    private static JsonNode stats(Path file) throws Exception {
        CliRun.Result r = cli().run("stats", "-o", "json", file.toString());
        assertThat(r.err()).isEmpty();
        return LogFixture.JSON.readTree(r.out());
    }
}
