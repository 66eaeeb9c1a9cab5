package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.flow.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Calls a {@link ScenarioShop} in this JVM as {@code example.shop.ShopMain} calls the agent's shop in a child JVM, and
 * notes what it observes as a caller: results, and exceptions with the method that threw them.
 */
final class ShopCaller {

    private final Logger log;
    private final List<String> observed = new ArrayList<>();

    private ShopCaller(Logger log) {
        this.log = log;
    }

    /** Runs {@code scenario} against {@code shop} with a pool of four threads; returns what was observed. */
    static List<String> call(ScenarioShop shop, Scenario scenario, Logger log) throws Exception {
        ShopCaller caller = new ShopCaller(log);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            switch (scenario) {
                case CHECKOUT -> caller.observe(shop.checkout("book"));
                case PAY -> {
                    try {
                        shop.pay("book");
                    } catch (CardDeclined e) {
                        caller.observe("caught " + e + " thrown at " + e.getStackTrace()[0].getMethodName());
                    }
                }
                case FAN_OUT -> caller.observe(shop.fanOut(pool));
                case ASYNC -> caller.asyncOrder(shop, pool, "ok");
                case ASYNC_FAILURE -> caller.asyncOrder(shop, pool, "fail");
                case NESTED -> shop.outer();
                case BIG -> shop.big(12);
                default -> throw new IllegalArgumentException("not a flow scenario of the shop: " + scenario);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        return caller.observed;
    }

    /** The gate opens on another thread only after the flow has started, so the futures complete there. */
    private void asyncOrder(ScenarioShop shop, ExecutorService pool, String outcome) throws Exception {
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> order = shop.asyncOrder(pool, gate);
        observe("pending " + !order.isDone());
        log.info("opening the gate");
        pool.execute(() -> gate.complete(outcome));
        try {
            observe(order.get(10, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            observe("caught " + e.getCause());
        }
    }

    private void observe(Object value) {
        observed.add(String.valueOf(value));
    }
}
