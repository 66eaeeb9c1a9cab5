package example.shop;

import dev.cairn.Cairn;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The application the agent tests run in a child JVM: {@code java -javaagent:cairn-agent.jar ShopMain <scenario>}, where
 * the scenario is a flow scenario's {@code argument()} ({@code checkout}, {@code fan_out}, …) or one of the agent's own
 * ({@code interface}, {@code bridge}).
 * It knows nothing of the agent. What it observes as a caller (results, exceptions) it prints on standard error as
 * {@code fixture: ...} lines; standard output carries only the log records.
 */
public final class ShopMain {

    private ShopMain() {}

    public static void main(String[] args) throws Exception {
        Shop shop = new Shop();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            switch (args[0]) {
                case "checkout" -> observe(shop.checkout("book"));
                case "pay" -> {
                    try {
                        shop.pay("book");
                    } catch (CardDeclined e) {
                        observe("caught " + e + " thrown at " + e.getStackTrace()[0].getMethodName());
                    }
                }
                case "fan_out" -> observe(shop.fanOut(pool));
                case "async" -> asyncOrder(shop, pool, "ok");
                case "async_failure" -> asyncOrder(shop, pool, "fail");
                case "nested" -> shop.outer();
                case "big" -> shop.big(12);
                case "login" -> observe(shop.login("alice", "hunter2-secret"));
                case "report" -> observe(shop.report("acme", 11));
                case "interface" -> {
                    Priced book = () -> 1000;
                    observe(book.withTax());
                }
                case "bridge" -> {
                    Supplier<String> greeting = new Greeting();
                    observe(greeting.get());
                }
                default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
            }
        } finally {
            // Async steps end on pool threads: let them finish before the JVM exits.
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** The gate opens on another thread only after the flow has started, so the futures complete there. */
    private static void asyncOrder(Shop shop, ExecutorService pool, String outcome) throws InterruptedException {
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> order = shop.asyncOrder(pool, gate);
        observe("pending " + !order.isDone());
        Cairn.logger(ShopMain.class).info("opening the gate");
        pool.execute(() -> gate.complete(outcome));
        try {
            observe(order.join());
        } catch (RuntimeException e) {
            observe("caught " + e.getCause());
        }
    }

    private static void observe(Object value) {
        System.err.println("fixture: " + value);
    }
}
