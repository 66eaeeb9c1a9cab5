package dev.cairn;

import dev.cairn.flow.Flows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.Logged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    public interface Payments {
        String checkout(String tenant, String card, int amount) throws PaymentException;

        boolean validate(int amount);

        String charge(String card, String password, int amount) throws PaymentException;

        CompletableFuture<String> settleAsync(String id);

        void nestedCheckout();

        String slow();
    }

    public static final class PaymentException extends Exception {
        private static final long serialVersionUID = 1L;

        public PaymentException(String message) {
            super(message);
        }
    }

    /** An implementation whose methods carry the annotations; calls between them go through the proxy. */
    static final class ShopPayments implements Payments {
        Payments self;
        ExecutorService pool;
        ManualTicker ticker;

        @Override
        @dev.cairn.flow.LoggedFlow(value = "checkout", labelFrom = "tenant", logArgs = true)
        public String checkout(String tenant, String card, int amount) throws PaymentException {
            self.validate(amount);
            return self.charge(card, "hunter2", amount);
        }

        @Override
        @Logged
        public boolean validate(int amount) {
            return amount > 0;
        }

        @Override
        @Logged(logArgs = true, logResult = true, level = Level.INFO)
        public String charge(String card, String password, int amount) throws PaymentException {
            if (amount > 1000) {
                throw new PaymentException("limit exceeded");
            }
            return "receipt-" + amount;
        }

        @Override
        @Logged
        public CompletableFuture<String> settleAsync(String id) {
            return CompletableFuture.supplyAsync(() -> "settled " + id, pool);
        }

        @Override
        @dev.cairn.flow.LoggedFlow("inner")
        public void nestedCheckout() {
            self.validate(5);
        }

        @Override
        @Logged(slowerThan = 0)
        public String slow() {
            ticker.advance(Duration.ofMillis(2));
            return "done";
        }
    }

    private Payments payments(TestLogs logs) {
        ShopPayments implementation = new ShopPayments();
        Payments proxy = Flows.of(logs.system).instrument(Payments.class, implementation);
        implementation.self = proxy;
        implementation.ticker = logs.ticker;
        implementation.pool = pool;
        return proxy;
    }

    @Test
    void flowMethod_recordsItsLoggedCallsAsStepsWithEntryAndExitRecords() throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            assertThat(payments(logs).checkout("acme", "4242", 50)).isEqualTo("receipt-50");
            JsonNode end = logs.withMessage("flow_end").get(0);
            assertThat(end.get("flow_id").asText()).matches("acme-[0-9a-f]{8}");
            assertThat(end.get("flow_status").asText()).isEqualTo("success");
            assertThat(end.get("timeline")).extracting(e -> e.get("fn").asText()).containsExactly("validate", "charge");

            JsonNode calling = logs.withMessage("calling charge").get(0);
            assertThat(calling.get("level").asText()).isEqualTo("INFO");
            assertThat(calling.get("logger").asText()).isEqualTo(ShopPayments.class.getName());
            assertThat(calling.get("args").get("card").asText()).isEqualTo("4242");
            assertThat(calling.get("args").get("password").asText()).isEqualTo("[REDACTED]");
            assertThat(calling.get("flow_id").asText()).isEqualTo(end.get("flow_id").asText());
            JsonNode returned = logs.withMessage("charge returned").get(0);
            assertThat(returned.get("result").asText()).isEqualTo("receipt-50");
            assertThat(returned.get("elapsed_ms").asDouble()).isNotNegative();
            assertThat(logs.output()).doesNotContain("hunter2");
            JsonNode validate = logs.withMessage("validate returned").get(0);
            assertThat(validate.get("level").asText()).isEqualTo("DEBUG");
            assertThat(validate.has("result")).isFalse();
        }
    }

    @Test
    void failure_isRecordedWithTheStackOnceAndRethrownUnchanged() {
        try (TestLogs logs = TestLogs.json()) {
            assertThatThrownBy(() -> payments(logs).checkout("acme", "4242", 5000))
                    .isInstanceOf(PaymentException.class).hasMessage("limit exceeded");
            JsonNode chargeFailed = logs.withMessage("charge failed").get(0);
            assertThat(chargeFailed.get("level").asText()).isEqualTo("ERROR");
            assertThat(chargeFailed.get("error").get("stack").asText()).contains("limit exceeded");
            JsonNode checkoutFailed = logs.withMessage("acme failed").get(0);
            assertThat(checkoutFailed.has("error")).isFalse();
            assertThat(checkoutFailed.get("error_type").asText()).isEqualTo(PaymentException.class.getName());
            JsonNode end = logs.withMessage("flow_end").get(0);
            assertThat(end.get("flow_status").asText()).isEqualTo("failed");
            assertThat(end.get("failed_at").asText()).isEqualTo("charge");
            assertThat(end.get("step").asText()).isEqualTo("2/2");
        }
    }

    @Test
    void asyncMethod_isTimedUntilItsFutureCompletes() throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            Payments payments = payments(logs);
            String settled = Flows.of(logs.system).call("settlement",
                    () -> payments.settleAsync("p-1").get(10, TimeUnit.SECONDS));
            assertThat(settled).isEqualTo("settled p-1");
            JsonNode end = logs.withMessage("flow_end").get(0);
            assertThat(end.get("timeline")).extracting(e -> e.get("fn").asText()).containsExactly("settleAsync");
            List<JsonNode> exits = logs.withMessage("settleAsync returned");
            assertThat(exits).hasSize(1);
            assertThat(exits.get(0).get("flow_id").asText()).isEqualTo(end.get("flow_id").asText());
        }
    }

    @Test
    void flowMethodInsideAFlow_becomesAStep() {
        try (TestLogs logs = TestLogs.json()) {
            Payments payments = payments(logs);
            Flows.of(logs.system).run("outer", payments::nestedCheckout);
            assertThat(logs.withMessage("flow_start")).hasSize(1);
            assertThat(logs.withMessage("flow_end").get(0).get("timeline"))
                    .extracting(e -> e.get("fn").asText()).containsExactly("inner", "validate");
            assertThat(logs.withMessage("nested flow runs as a step of the active flow")).hasSize(1);
        }
    }

    @Test
    void slowerThan_raisesTheExitRecordToWarn() {
        try (TestLogs logs = TestLogs.json()) {
            payments(logs).slow();
            JsonNode exit = logs.withMessage("slow returned").get(0);
            assertThat(exit.get("level").asText()).isEqualTo("WARN");
            assertThat(exit.get("slower_than_ms").asLong()).isZero();
        }
    }

    @Test
    void proxiesNeedAnInterface_andObjectMethodsPassThrough() {
        try (TestLogs logs = TestLogs.json()) {
            assertThatIllegalArgumentException().isThrownBy(() -> Flows.of(logs.system).instrument(String.class, "x"))
                    .withMessageContaining("not an interface");
            Payments payments = payments(logs);
            assertThat(payments).isEqualTo(payments);
            assertThat(payments.toString()).startsWith("logging proxy of ");
        }
    }
}
