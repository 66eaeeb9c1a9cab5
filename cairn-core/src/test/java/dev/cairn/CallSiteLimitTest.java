package dev.cairn;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code every}, {@code atMostEvery} and {@code per} in the fluent API, with time moved by the test's ticker. */
class CallSiteLimitTest {

    private static List<Long> suppressedOf(List<JsonNode> records) {
        List<Long> counts = new ArrayList<>();
        for (JsonNode record : records) {
            counts.add(record.has("suppressed") ? record.get("suppressed").asLong() : null);
        }
        return counts;
    }

    @Test
    void every_writesTheFirstCallThenEveryNth_withTheCallsSkippedBetween() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (int i = 1; i <= 8; i++) {
                log.atInfo().every(3).with("i", i).log("cache miss {}", i);
            }
            List<JsonNode> records = logs.records();
            assertThat(records).extracting(r -> r.get("i").asInt()).containsExactly(1, 4, 7);
            assertThat(suppressedOf(records)).containsExactly(null, 2L, 2L);
            assertThat(logs.system.stats().suppressed()).containsEntry("call-site", 5L);
        }
    }

    @Test
    void atMostEvery_writesOncePerInterval_onTheTicker() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            Runnable call = () -> log.atInfo().atMostEvery(10, SECONDS).log("queue depth");
            call.run();
            logs.ticker.advance(Duration.ofSeconds(5));
            call.run();
            call.run();
            logs.ticker.advance(Duration.ofMillis(4_999));
            call.run();
            assertThat(logs.records()).hasSize(1);
            logs.ticker.advance(Duration.ofMillis(1));
            call.run();
            logs.ticker.advance(Duration.ofSeconds(10));
            call.run();
            assertThat(suppressedOf(logs.records())).containsExactly(null, 3L, null);
        }
    }

    @Test
    void atMostEvery_takesADuration() {
        Duration interval = Duration.ofMinutes(1);
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (int i = 0; i < 3; i++) {
                log.atWarn().atMostEvery(interval).log("disk almost full");
            }
            logs.ticker.advance(interval);
            log.atWarn().atMostEvery(interval).log("disk almost full");
            assertThat(suppressedOf(logs.records())).containsExactly(null, 2L);
        }
    }

    @Test
    void everyAndAtMostEvery_combined_needBothConditions() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            AtomicInteger call = new AtomicInteger();
            Runnable once = () -> log.atInfo().every(3).atMostEvery(10, SECONDS).log("tick {}", call.incrementAndGet());
            once.run(); // 1: the first call, written
            once.run();
            once.run();
            once.run(); // 4: the third since, but too early
            logs.ticker.advance(Duration.ofSeconds(10));
            once.run(); // 5: both hold, written
            logs.ticker.advance(Duration.ofSeconds(30));
            once.run(); // 6: late enough, but only the first since
            once.run();
            once.run(); // 8: the third since and late enough, written
            List<JsonNode> records = logs.records();
            assertThat(records)
                    .extracting(r -> r.get("message").asText())
                    .containsExactly("tick 1", "tick 5", "tick 8");
            assertThat(suppressedOf(records)).containsExactly(null, 3L, 2L);
        }
    }

    @Test
    void per_limitsEachKeySeparately() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (String tenant : List.of("acme", "acme", "globex", "acme", "globex", "initech")) {
                log.atInfo().per(tenant).atMostEvery(1, SECONDS).log("quota near for {}", tenant);
            }
            logs.ticker.advance(Duration.ofSeconds(1));
            log.atInfo().per("acme").atMostEvery(1, SECONDS).log("quota near for {}", "acme");
            List<JsonNode> records = logs.records();
            assertThat(records)
                    .extracting(r -> r.get("message").asText())
                    .containsExactly(
                            "quota near for acme",
                            "quota near for globex",
                            "quota near for initech",
                            "quota near for acme");
            assertThat(suppressedOf(records)).containsExactly(null, null, null, 2L);
        }
    }

    @Test
    void per_beyondTheBoundOfKeys_newKeysShareOneLimit() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (int key = 0; key < 1024 + 10; key++) {
                log.atInfo().per("k" + key).atMostEvery(1, SECONDS).log("per key");
            }
            // 1,024 keys have their own limit; the ten beyond share one, whose first call is written.
            assertThat(logs.withMessage("per key")).hasSize(1025);
            assertThat(logs.system.stats().suppressed()).containsEntry("call-site", 9L);
        }
    }

    @Test
    void aStatementIsItsLoggerAndTemplate() {
        try (TestLogs logs = TestLogs.json()) {
            for (int i = 0; i < 3; i++) {
                logs.logger("a").atInfo().every(10).log("same template");
                logs.logger("b").atInfo().every(10).log("same template");
                logs.logger("a").atInfo().every(10).log("another template");
            }
            assertThat(logs.records())
                    .extracting(r ->
                            r.get("logger").asText() + ": " + r.get("message").asText())
                    .containsExactly("a: same template", "b: same template", "a: another template");
        }
    }

    @Test
    void aSkippedCall_neverCallsItsMessageSupplier_andEachLambdaIsItsOwnStatement() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            AtomicInteger calls = new AtomicInteger();
            for (int i = 0; i < 5; i++) {
                Supplier<String> message = () -> "expensive " + calls.incrementAndGet();
                log.atInfo().every(5).log(message);
                log.atInfo().every(5).log(() -> "other");
            }
            assertThat(calls).hasValue(1);
            assertThat(logs.records())
                    .extracting(r -> r.get("message").asText())
                    .containsExactly("expensive 1", "other");
        }
    }

    @Test
    void noLimit_whenEveryIsOneOrLessOrTheIntervalIsNotPositive() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (int i = 0; i < 3; i++) {
                log.atInfo().every(1).log("one");
                log.atInfo().every(0).log("zero");
                log.atInfo().every(-5).log("negative");
                log.atInfo().atMostEvery(Duration.ofSeconds(-1)).log("negative interval");
                log.atInfo().atMostEvery(null).log("null interval");
                log.atInfo().atMostEvery(0, SECONDS).log("zero interval");
                log.atInfo().per("key").log("per alone");
            }
            assertThat(logs.records()).hasSize(21);
            assertThat(logs.records())
                    .allSatisfy(r -> assertThat(r.has("suppressed")).isFalse());
        }
    }

    @Test
    void nullMessagesAndKeys_areStatementsLikeAnyOther() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (int i = 0; i < 3; i++) {
                log.atInfo().every(3).log((String) null);
                log.atInfo().every(3).log((Supplier<String>) null);
                log.atInfo().per(null).every(3).log("null key");
            }
            assertThat(logs.records()).hasSize(3);
            assertThat(logs.system.stats().suppressed()).containsEntry("call-site", 6L);
        }
    }

    @Test
    void aKeyWhoseHashCodeThrows_neverThrowsIntoTheCaller() {
        Object hostile = new Object() {
            @Override
            public int hashCode() {
                throw new IllegalStateException("no hash");
            }
        };
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            for (int i = 0; i < 4; i++) {
                log.atInfo().per(hostile).every(2).log("hostile key");
            }
            assertThat(logs.withMessage("hostile key")).hasSize(2);
        }
    }

    @Test
    void aDisabledLevel_isNotCounted() {
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.WARN))) {
            Logger log = logs.logger("shop");
            for (int i = 0; i < 5; i++) {
                log.atInfo().every(2).log("off");
            }
            assertThat(logs.records()).isEmpty();
            assertThat(logs.system.stats().suppressedTotal()).isZero();
        }
    }

    @Test
    void concurrentCallers_everyCallIsWrittenOrCounted() throws InterruptedException {
        int threads = 4;
        int perThread = 5_000;
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("shop");
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        log.atInfo().every(7).log("busy");
                    }
                });
                workers.add(worker);
                worker.start();
            }
            start.countDown();
            for (Thread worker : workers) {
                worker.join();
            }
            List<JsonNode> records = logs.withMessage("busy");
            long skipped = logs.system.stats().suppressed().get("call-site");
            long reported = records.stream()
                    .mapToLong(r -> r.has("suppressed") ? r.get("suppressed").asLong() : 0)
                    .sum();
            assertThat(records.size() + skipped).isEqualTo((long) threads * perThread);
            assertThat(reported).isLessThanOrEqualTo(skipped).isGreaterThan(skipped - 7 * threads);
        }
    }
}
