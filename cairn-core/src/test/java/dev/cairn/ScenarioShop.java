package dev.cairn;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** The flows of the scenario shop, as {@link ShopCaller} calls them; what each does is told by {@code Scenario}. */
public interface ScenarioShop {

    String checkout(String order);

    void pay(String order) throws CardDeclined;

    int fanOut(ExecutorService pool) throws Exception;

    CompletableFuture<String> asyncOrder(ExecutorService pool, CompletableFuture<String> gate);

    void outer();

    void big(int steps);

    /** Step {@code authorize}'s work: {@code auth-<value>} on a pool thread once the gate opens, failed for "fail". */
    static CompletableFuture<String> authorization(ExecutorService pool, CompletableFuture<String> gate) {
        return gate.thenComposeAsync(
                value -> value.equals("fail")
                        ? CompletableFuture.failedFuture(new CardDeclined("gateway refused"))
                        : CompletableFuture.completedFuture("auth-" + value),
                pool);
    }
}
