package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import dev.cairn.test.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class MdcTest {

    @RegisterExtension
    final LogCapture logs = LogCapture.of("mdc.test");

    private final Logger log = LoggerFactory.getLogger("mdc.test");

    @BeforeEach
    void configure() {
        JsonConsole.configure(c -> c.level("mdc.test", Level.INFO));
    }

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void mdcValues_areContextFieldsOfRecords() {
        MDC.put("request_id", "r-1");
        log.info("with mdc");
        MDC.remove("request_id");
        log.info("without");

        logs.assertThat().record(0).hasContext("request_id", "r-1");
        assertThat(logs.records().get(1).context()).doesNotContainKey("request_id");
        assertThat(logs.records().get(0).json()).contains("\"request_id\":\"r-1\"");
    }

    @Test
    void mdc_andLogContext_areOneContext() {
        LogContext.with("user_id", 7).run(() -> {
            MDC.put("request_id", "r-2");
            assertThat(MDC.get("user_id")).isEqualTo("7");
            assertThat(LogContext.get("request_id")).isEqualTo("r-2");
            assertThat(MDC.getCopyOfContextMap()).containsEntry("user_id", "7").containsEntry("request_id", "r-2");

            MDC.clear();
            assertThat(MDC.get("request_id")).isNull();
            assertThat(MDC.get("user_id")).as("clear leaves open scopes alone").isEqualTo("7");
        });
    }

    @Test
    void copyAndSetContextMap_restoreTheMdcOnAnotherThread() throws Exception {
        MDC.put("request_id", "r-3");
        Map<String, String> copy = MDC.getCopyOfContextMap();
        copy.put("mutated", "copy only");
        assertThat(MDC.get("mutated")).as("the copy is detached").isNull();

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            String seen = pool.submit(() -> {
                        MDC.setContextMap(copy);
                        log.info("on the pool");
                        String value = MDC.get("request_id");
                        MDC.clear();
                        return value;
                    })
                    .get();
            assertThat(seen).isEqualTo("r-3");
        } finally {
            pool.shutdown();
        }
        logs.assertThat().single().hasContext("request_id", "r-3").hasContext("mutated", "copy only");
    }

    @Test
    void mdcValues_followCairnsPropagationIntoCompletableFutures() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            MDC.put("request_id", "r-4");
            String seen = CompletableFuture.supplyAsync(
                            () -> {
                                log.info("async step");
                                return MDC.get("request_id");
                            },
                            LogContext.wrap(pool))
                    .get();
            MDC.remove("request_id");

            assertThat(seen).isEqualTo("r-4");
            logs.assertThat().single().hasMessage("async step").hasContext("request_id", "r-4");
            assertThat(logs.records().get(0).thread())
                    .isNotEqualTo(Thread.currentThread().getName());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void dequeByKey_pushesAndPopsPerThread() {
        MDC.pushByKey("step", "outer");
        MDC.pushByKey("step", "inner");

        assertThat(MDC.getMDCAdapter().getCopyOfDequeByKey("step")).containsExactly("inner", "outer");
        assertThat(MDC.popByKey("step")).isEqualTo("inner");
        MDC.getMDCAdapter().clearDequeByKey("step");
        assertThat(MDC.popByKey("step")).isNull();
    }

    @Test
    void recordsCarryTheMdcOfTheirCall_afterPutRemoveAndClear() {
        MDC.put("request_id", "r-5");
        MDC.put("user", "alice");
        log.info("both");
        MDC.put("request_id", "r-6");
        log.info("replaced");
        MDC.remove("user");
        log.info("removed");
        MDC.clear();
        log.info("cleared");

        logs.assertThat().hasSize(4);
        assertThat(logs.records().get(0).context())
                .containsEntry("request_id", "r-5")
                .containsEntry("user", "alice");
        assertThat(logs.records().get(1).context())
                .containsEntry("request_id", "r-6")
                .containsEntry("user", "alice");
        assertThat(logs.records().get(2).context())
                .containsEntry("request_id", "r-6")
                .doesNotContainKey("user");
        assertThat(logs.records().get(3).context()).doesNotContainKeys("request_id", "user");
    }

    @Test
    void theMdcIsOneSnapshotSharedByRecordsUntilItChanges_andASnapshotNeverChanges() {
        MDC.put("request_id", "r-7");
        ContextSnapshot first = LogContext.current();
        assertThat(LogContext.current()).as("no change, no copy").isSameAs(first);

        MDC.put("request_id", "r-8");
        ContextSnapshot second = LogContext.current();
        MDC.remove("request_id");
        ContextSnapshot third = LogContext.current();
        MDC.clear();

        assertThat(second).isNotSameAs(first);
        assertThat(first.asMap()).containsExactly(Map.entry("request_id", "r-7"));
        assertThat(second.asMap()).containsExactly(Map.entry("request_id", "r-8"));
        assertThat(third.asMap()).isEmpty();
    }

    @Test
    void eachThreadHasItsOwnMdc() throws Exception {
        MDC.put("request_id", "main");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothPut = new CountDownLatch(2);
            List<Future<String>> seen = new ArrayList<>();
            for (String id : List.of("t-1", "t-2")) {
                seen.add(pool.submit(() -> {
                    MDC.put("request_id", id);
                    bothPut.countDown();
                    bothPut.await();
                    log.info("on {}", id);
                    String value = MDC.get("request_id");
                    MDC.clear();
                    return value;
                }));
            }
            assertThat(seen.get(0).get()).isEqualTo("t-1");
            assertThat(seen.get(1).get()).isEqualTo("t-2");
        } finally {
            pool.shutdown();
        }
        log.info("on main");

        assertThat(MDC.get("request_id")).isEqualTo("main");
        assertThat(logs.records())
                .extracting(r -> r.message() + " " + r.context().get("request_id"))
                .containsExactlyInAnyOrder("on t-1 t-1", "on t-2 t-2", "on main main");
    }
}
