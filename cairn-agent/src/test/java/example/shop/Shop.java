package example.shop;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Logged;
import dev.cairn.flow.LoggedFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** An ordinary, non-final application class: instance methods of every visibility, flows that call each other. */
public class Shop {

    private final Payments payments = new Payments();

    /** Nested sync steps, a final class with a final method calling a private one, and a static method. */
    @LoggedFlow("checkout")
    public String checkout(String order) {
        validate(order);
        String receipt = payments.charge(order);
        Inventory.reserve(order);
        return receipt;
    }

    @Logged
    void validate(String order) {
        if (order.isEmpty()) {
            throw new IllegalArgumentException("empty order");
        }
    }

    /** Fails at step 2 of 3: the third step runs in a finally block, then the failure propagates unchanged. */
    @LoggedFlow("pay")
    public void pay(String order) {
        validate(order);
        try {
            payments.decline(order);
        } finally {
            Inventory.release(order);
        }
    }

    /** Four steps at once on a pool whose tasks carry the caller's context, each with a step inside. */
    @LoggedFlow("fan_out")
    public int fanOut(ExecutorService pool) throws InterruptedException, ExecutionException {
        ExecutorService propagating = LogContext.wrap(pool);
        List<Future<Integer>> prices = new ArrayList<>();
        for (int item = 1; item <= 4; item++) {
            int current = item;
            prices.add(propagating.submit(() -> price(current)));
        }
        int total = 0;
        for (Future<Integer> price : prices) {
            total += price.get();
        }
        return total;
    }

    @Logged
    protected int price(int item) {
        return lookup(item);
    }

    @Logged
    private int lookup(int item) {
        Cairn.logger(Shop.class).info("looking up item {}", item);
        return item * 10;
    }

    /** An async flow around an async step; both end when the futures complete, on a pool thread. */
    @LoggedFlow("async_order")
    public CompletableFuture<String> asyncOrder(ExecutorService pool, CompletableFuture<String> gate) {
        return payments.authorize(pool, gate).thenApply(code -> "order:" + code);
    }

    /** A flow inside a flow becomes a step of the outer one. */
    @LoggedFlow("outer")
    public void outer() {
        inner();
    }

    @LoggedFlow("inner")
    public void inner() {
        Inventory.release("nested");
    }

    /** More steps than CAIRN_FLOW_MAX_STEPS allows to store. */
    @LoggedFlow("big")
    public void big(int steps) {
        for (int i = 0; i < steps; i++) {
            Inventory.release("item" + i);
        }
    }

    @Logged(logArgs = true, logResult = true, level = Level.INFO)
    public boolean login(String user, String password) {
        return password.length() > 3;
    }

    /** The flow label comes from the tenant argument. */
    @LoggedFlow(labelFrom = "tenant")
    public String report(String tenant, int month) {
        return tenant + "/" + month;
    }
}
