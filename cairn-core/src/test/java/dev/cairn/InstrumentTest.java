package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Logged;
import dev.cairn.flow.LoggedFlow;
import dev.cairn.flow.scenarios.LoggedMethodScenarios;
import dev.cairn.flow.scenarios.Scenario;
import dev.cairn.flow.scenarios.ScenarioRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Annotated methods behind the interface proxy of {@link Flows#instrument}: the shared scenarios, and the proxy's own
 * behaviour.
 */
class InstrumentTest extends LoggedMethodScenarios {

    @Override
    protected ScenarioRun run(Scenario scenario) throws Exception {
        try (TestLogs logs = TestLogs.json(c -> scenario.settings().forEach(c::set))) {
            ProxyShop shop = shop(logs);
            List<String> observed = switch (scenario) {
                case LOGIN -> List.of(String.valueOf(shop.login("alice", "hunter2-secret")));
                case REPORT -> List.of(shop.report("acme", 11));
                default -> ShopCaller.call(shop, scenario, logs.logger("caller"));
            };
            return new ScenarioRun(logs.records(), observed);
        }
    }

    @Override
    protected Class<CardDeclined> cardDeclined() {
        return CardDeclined.class;
    }

    /** Every annotated method of the shop, so that calls between them go through the proxy. */
    public interface ProxyShop extends ScenarioShop {
        void validate(String order);

        String charge(String order);

        String callGateway(String order);

        int reserve(String order);

        void decline(String order) throws CardDeclined;

        void release(String order);

        int price(int item);

        int lookup(int item);

        CompletableFuture<String> authorize(ExecutorService pool, CompletableFuture<String> gate);

        void inner();

        boolean login(String user, String password);

        String report(String tenant, int month);

        String slow();
    }

    /** The scenario shop written with annotations, which the proxy reads from these methods. */
    static final class AnnotatedShop implements ProxyShop {
        ProxyShop self;
        Logger log;
        ManualTicker ticker;

        @Override
        @LoggedFlow("checkout")
        public String checkout(String order) {
            self.validate(order);
            String receipt = self.charge(order);
            self.reserve(order);
            return receipt;
        }

        @Override
        @Logged
        public void validate(String order) {
            if (order.isEmpty()) {
                throw new IllegalArgumentException("empty order");
            }
        }

        @Override
        @Logged
        public String charge(String order) {
            return self.callGateway(order);
        }

        @Override
        @Logged(name = "call_gateway")
        public String callGateway(String order) {
            log.info("contacting the gateway for {}", order);
            return "paid:" + order;
        }

        @Override
        @Logged(logResult = true)
        public int reserve(String order) {
            return order.length();
        }

        @Override
        @LoggedFlow("pay")
        public void pay(String order) throws CardDeclined {
            self.validate(order);
            try {
                self.decline(order);
            } finally {
                self.release(order);
            }
        }

        @Override
        @Logged(name = "charge_card")
        public void decline(String order) throws CardDeclined {
            throw new CardDeclined("card declined for " + order);
        }

        @Override
        @Logged
        public void release(String order) {
            if (order == null) {
                throw new IllegalArgumentException("no order");
            }
        }

        @Override
        @LoggedFlow("fan_out")
        public int fanOut(ExecutorService pool) throws InterruptedException, ExecutionException {
            ExecutorService propagating = LogContext.wrap(pool);
            List<Future<Integer>> prices = new ArrayList<>();
            for (int item = 1; item <= 4; item++) {
                int current = item;
                prices.add(propagating.submit(() -> self.price(current)));
            }
            int total = 0;
            for (Future<Integer> price : prices) {
                total += price.get();
            }
            return total;
        }

        @Override
        @Logged
        public int price(int item) {
            return self.lookup(item);
        }

        @Override
        @Logged
        public int lookup(int item) {
            log.info("looking up item {}", item);
            return item * 10;
        }

        @Override
        @LoggedFlow("async_order")
        public CompletableFuture<String> asyncOrder(ExecutorService pool, CompletableFuture<String> gate) {
            return self.authorize(pool, gate).thenApply(code -> "order:" + code);
        }

        @Override
        @Logged
        public CompletableFuture<String> authorize(ExecutorService pool, CompletableFuture<String> gate) {
            return ScenarioShop.authorization(pool, gate);
        }

        @Override
        @LoggedFlow("outer")
        public void outer() {
            self.inner();
        }

        @Override
        @LoggedFlow("inner")
        public void inner() {
            self.release("nested");
        }

        @Override
        @LoggedFlow("big")
        public void big(int steps) {
            for (int i = 0; i < steps; i++) {
                self.release("item" + i);
            }
        }

        @Override
        @Logged(logArgs = true, logResult = true, level = Level.INFO)
        public boolean login(String user, String password) {
            return password.length() > 3;
        }

        @Override
        @LoggedFlow(labelFrom = "tenant")
        public String report(String tenant, int month) {
            return tenant + "/" + month;
        }

        @Override
        @Logged(slowerThan = 0)
        public String slow() {
            ticker.advance(Duration.ofMillis(2));
            return "done";
        }
    }

    private static ProxyShop shop(TestLogs logs) {
        AnnotatedShop implementation = new AnnotatedShop();
        ProxyShop proxy = Flows.of(logs.system).instrument(ProxyShop.class, implementation);
        implementation.self = proxy;
        implementation.log = logs.logger("shop");
        implementation.ticker = logs.ticker;
        return proxy;
    }

    // Proxy only: the annotations are read from the implementation, whose class names the logger.
    @Test
    void calls_logUnderTheImplementationsClassName() throws Exception {
        ScenarioRun run = run(Scenario.CHECKOUT);

        assertThat(run.only("calling charge").get("logger").asText()).isEqualTo(AnnotatedShop.class.getName());
    }

    // Proxy only: time passes on the in-process ticker, which a child JVM cannot share.
    @Test
    void slowerThan_raisesTheExitRecordToWarn() {
        try (TestLogs logs = TestLogs.json()) {
            shop(logs).slow();
            JsonNode exit = logs.withMessage("slow returned").get(0);
            assertThat(exit.get("level").asText()).isEqualTo("WARN");
            assertThat(exit.get("slower_than_ms").asLong()).isZero();
        }
    }

    // Proxy only: what a java.lang.reflect.Proxy needs and does with Object's methods.
    @Test
    void proxiesNeedAnInterface_andObjectMethodsPassThrough() {
        try (TestLogs logs = TestLogs.json()) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Flows.of(logs.system).instrument(String.class, "x"))
                    .withMessageContaining("not an interface");
            ProxyShop shop = shop(logs);
            assertThat(shop).isEqualTo(shop);
            assertThat(shop.toString()).startsWith("logging proxy of ");
        }
    }
}
