package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MarkerFactory;

/**
 * The fluent builder ({@code atInfo()…}) is reused per thread: a statement allocates nothing of its own, and reuse never
 * mixes two statements, whether one runs inside another or follows it.
 */
class FluentBuilderReuseTest {

    private static final int CALLS = 100_000;

    private final Logger log = LoggerFactory.getLogger("slf4j.reuse.Orders");

    @Test
    void aFluentCallThatARateSkips_allocatesNothing() {
        // 1 per hour: after the first record every INFO call is skipped by the rate, once the builder is filled.
        JsonConsole console = JsonConsole.configure(c -> c.set("cairn.limit.slf4j.reuse", "1/h"));
        String user = "alice";
        Integer small = 42;
        Runnable calls = () -> {
            for (int i = 0; i < CALLS; i++) {
                log.atInfo()
                        .addKeyValue("order_id", small)
                        .addKeyValue("user", user)
                        .addArgument(user)
                        .log("order {} placed by {}", small);
            }
        };
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        calls.run();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        calls.run();
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(allocated)
                .as("bytes allocated by %d skipped fluent calls", CALLS)
                .isLessThan(4096);
        assertThat(console.recordsOf("slf4j.reuse")).hasSize(1);
    }

    @Test
    void aStatementLoggedWhileAnotherIsBeingBuilt_keepsItsOwnFields() {
        JsonConsole console = JsonConsole.configure(c -> {});

        log.atInfo()
                .addKeyValue("outer_before", 1)
                .addKeyValue("computed", valueThatLogs())
                .addKeyValue("outer_after", 2)
                .addArgument("o-1")
                .log("outer {}");

        List<JsonNode> records = console.recordsOf("slf4j.reuse");
        assertThat(records).extracting(r -> r.get("message").asText()).containsExactly("inner i-1", "outer o-1");
        JsonNode inner = records.get(0);
        assertThat(inner.get("inner").asInt()).isEqualTo(3);
        assertThat(inner.has("outer_before")).isFalse();
        JsonNode outer = records.get(1);
        assertThat(outer.get("outer_before").asInt()).isEqualTo(1);
        assertThat(outer.get("computed").asText()).isEqualTo("v");
        assertThat(outer.get("outer_after").asInt()).isEqualTo(2);
        assertThat(outer.has("inner")).isFalse();
    }

    @Test
    void aStatementCarriesNothingOfThePreviousOne() {
        JsonConsole console = JsonConsole.configure(c -> {});

        log.atWarn()
                .addMarker(MarkerFactory.getMarker("AUDIT"))
                .addKeyValue("first", 1)
                .addArgument("a")
                .addArgument("b")
                .addArgument("c")
                .log("first {} {} {}");
        log.atInfo().log("second {}");
        log.atInfo().setMessage(() -> "third").log();

        List<JsonNode> records = console.recordsOf("slf4j.reuse");
        assertThat(records)
                .extracting(r -> r.get("message").asText())
                .containsExactly("first a b c", "second {}", "third");
        assertThat(records.get(0).get("tags").get(0).asText()).isEqualTo("AUDIT");
        assertThat(records.get(1).has("tags")).isFalse();
        assertThat(records.get(1).has("first")).isFalse();
        assertThat(records.get(2).has("tags")).isFalse();
    }

    private String valueThatLogs() {
        log.atInfo().addKeyValue("inner", 3).log("inner {}", "i-1");
        return "v";
    }
}
