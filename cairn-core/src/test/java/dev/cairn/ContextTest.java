package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

class ContextTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        LogContext.clear();
    }

    @Test
    void scope_putsFieldsOnEveryRecordInsideAndRemovesThemAfter() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("a");
            try (var scope =
                    LogContext.with("request_id", "r-1").with("user_id", 42).open()) {
                log.info("inside");
            }
            log.info("outside");
            List<JsonNode> records = logs.records();
            assertThat(records.get(0).get("request_id").asText()).isEqualTo("r-1");
            assertThat(records.get(0).get("user_id").asInt()).isEqualTo(42);
            assertThat(records.get(1).has("request_id")).isFalse();
        }
    }

    @Test
    void nestedScopes_stackShadowAndRestore() {
        try (var outer = LogContext.with("a", 1).with("b", 1).open()) {
            try (var inner = LogContext.with("b", 2).with("c", 2).open()) {
                assertThat(LogContext.current().asMap())
                        .containsExactly(
                                java.util.Map.entry("a", 1), java.util.Map.entry("b", 2), java.util.Map.entry("c", 2));
            }
            assertThat(LogContext.current().asMap())
                    .containsExactly(java.util.Map.entry("a", 1), java.util.Map.entry("b", 1));
        }
        assertThat(LogContext.current().size()).isZero();
    }

    @Test
    void scopeClosedOutOfOrder_removesOnlyItsOwnFields() {
        LogContext.Scope first = LogContext.with("first", 1).open();
        LogContext.Scope second = LogContext.with("second", 2).open();
        first.close();
        assertThat(LogContext.current().asMap()).containsOnlyKeys("second");
        LogContext.Scope third = LogContext.with("third", 3).open();
        second.close();
        assertThat(LogContext.current().asMap()).containsOnlyKeys("third");
        third.close();
        first.close();
        assertThat(LogContext.current().size()).isZero();
    }

    @Test
    void scopeClosedOnAnotherThread_isDroppedByTheOwner() throws Exception {
        LogContext.Scope scope = LogContext.with("leaked", true).open();
        pool.submit(scope::close).get();
        assertThat(LogContext.current().size()).isZero();
    }

    @Test
    void putFields_liveUnderScopes() {
        LogContext.put("tenant", "t-1");
        try (var scope = LogContext.with("tenant", "t-2").open()) {
            assertThat(LogContext.get("tenant")).isEqualTo("t-2");
        }
        assertThat(LogContext.get("tenant")).isEqualTo("t-1");
        LogContext.remove("tenant");
        assertThat(LogContext.get("tenant")).isNull();
    }

    @Test
    void wrappedExecutorService_carriesTheSubmittersContext() throws Exception {
        ExecutorService wrapped = LogContext.wrap(pool);
        Future<Object> seen;
        try (var scope = LogContext.with("request_id", "r-9").open()) {
            seen = wrapped.submit(() -> LogContext.get("request_id"));
        }
        assertThat(seen.get()).isEqualTo("r-9");
        List<Future<Object>> all;
        try (var scope = LogContext.with("request_id", "r-10").open()) {
            all = wrapped.invokeAll(
                    List.<Callable<Object>>of(() -> LogContext.get("request_id"), () -> LogContext.get("request_id")));
        }
        for (Future<Object> future : all) {
            assertThat(future.get()).isEqualTo("r-10");
        }
    }

    @Test
    void pooledThread_doesNotKeepAPreviousTasksContext() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            ExecutorService wrapped = LogContext.wrap(single);
            try (var scope = LogContext.with("request_id", "first").open()) {
                wrapped.submit(() -> {}).get();
            }
            assertThat(single.submit(() -> LogContext.current().size()).get()).isZero();
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void recordsLoggedOnPoolThreads_carryTheContext() throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("a");
            try (var scope = LogContext.with("request_id", "r-2").open()) {
                LogContext.wrap((java.util.concurrent.Executor) pool).execute(() -> log.info("on the pool"));
                pool.submit(LogContext.wrap(() -> log.info("wrapped runnable"))).get();
            }
            pool.submit(() -> {}).get();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(logs.records()).hasSize(2).allSatisfy(record -> {
                assertThat(record.get("request_id").asText()).isEqualTo("r-2");
                assertThat(record.get("thread").asText()).startsWith("pool-");
            });
        }
    }

    @Test
    void completableFutureChain_carriesTheCreatorsContextIntoEveryStage() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<String> result;
        try (var scope = LogContext.with("request_id", "r-3").open()) {
            result = LogContext.supplyAsync(
                            () -> {
                                await(release);
                                return String.valueOf(LogContext.get("request_id"));
                            },
                            pool)
                    .thenApplyAsync(previous -> previous + "," + LogContext.get("request_id"), pool)
                    .thenApply(previous -> previous + "," + LogContext.get("request_id"))
                    .thenCompose(previous ->
                            CompletableFuture.completedFuture(previous + "," + LogContext.get("request_id")))
                    .handle((previous, failure) -> previous + "," + LogContext.get("request_id"));
        }
        release.countDown();
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("r-3,r-3,r-3,r-3,r-3");
    }

    @Test
    void plainCompletableFuture_losesContextOnAsyncStagesUnlessFunctionsAreWrapped() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Object> plain;
        CompletableFuture<Object> wrapped;
        try (var scope = LogContext.with("request_id", "r-4").open()) {
            CompletableFuture<Void> gate = CompletableFuture.runAsync(() -> await(release), pool);
            plain = gate.thenApplyAsync(ignored -> LogContext.get("request_id"), pool);
            wrapped = gate.thenApplyAsync(
                    LogContext.current().wrapFunction(ignored -> LogContext.get("request_id")), pool);
        }
        release.countDown();
        assertThat(plain.get(10, TimeUnit.SECONDS)).isNull();
        assertThat(wrapped.get(10, TimeUnit.SECONDS)).isEqualTo("r-4");
    }

    @Test
    void propagate_adoptsAFutureFromElsewhere() throws Exception {
        CompletableFuture<String> source = new CompletableFuture<>();
        CompletableFuture<Object> seen;
        try (var scope = LogContext.with("request_id", "r-5").open()) {
            seen = LogContext.propagate(source).thenApplyAsync(value -> LogContext.get("request_id"), pool);
        }
        pool.submit(() -> source.complete("done"));
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("r-5");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void virtualThreads_carryTheContext() throws Exception {
        Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        ExecutorService virtual = LogContext.wrap((ExecutorService) factory.invoke(null));
        try {
            List<Future<Object>> results;
            try (var scope = LogContext.with("request_id", "r-v").open()) {
                results = new java.util.ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    results.add(virtual.submit(() -> LogContext.get("request_id")));
                }
            }
            for (Future<Object> future : results) {
                assertThat(future.get()).isEqualTo("r-v");
            }
        } finally {
            virtual.shutdown();
        }
    }
}
