package dev.cairn.examples;

import static dev.cairn.KeyValue.kv;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Step;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tour of Cairn: levels, key-values, context across threads, an exception, secrets redacted, flows with their
 * timelines, an HTTP service whose requests are flows (one of them failing), console text (or JSON when not on a
 * terminal) and a JSON file.
 */
public final class Demo {

    private static final Logger log = Cairn.logger(Demo.class);
    private static final Logger checkout = Cairn.logger("shop.checkout");

    private Demo() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "logs/demo.log").toAbsolutePath();
        Cairn.configure(c -> c.service("demo-shop")
                .file(file)
                .level(Level.DEBUG)
                .level("shop.checkout", Level.TRACE)
                .level("cairn.http", Level.INFO));

        log.info("Cairn demo starting", kv("java", Runtime.version().toString()));
        log.debug("Debug detail, shown because the root level is DEBUG");
        checkout.trace("Trace is on for shop.checkout only");

        try (var request =
                LogContext.with("request_id", "req-7f3a").with("user_id", 42).open()) {
            checkout.info("Processing order {}", 1001, kv("amount", 99.99), kv("currency", "EUR"));
            checkout.atInfo()
                    .with("items", List.of(Map.of("sku", "A-1", "qty", 2), Map.of("sku", "B-7", "qty", 1)))
                    .with("card", Map.of("last4", "4242", "token", "tok_live_abc123"))
                    .log("Payment authorised");

            ExecutorService pool = LogContext.wrap(Executors.newFixedThreadPool(2));
            CompletableFuture.runAsync(() -> checkout.info("Sending confirmation e-mail"), pool)
                    .get();
            pool.shutdown();

            try {
                reserveStock("B-7");
            } catch (IllegalStateException e) {
                checkout.error("Could not reserve stock for order {}", 1001, e);
            }
            checkout.warn("Suspicious input logged safely: {}", "line one\nFAKE 2026-01-01 INFO forged \u001b[31mred");
        }
        log.info("Login attempt", kv("user", "alice"), kv("password", "hunter2"));

        runFlows();

        try (ShopService shop = new ShopService()) {
            log.info("Shop service listening", kv("url", shop.uri("/").toString()));
            shop.generateLoad();
        }
        log.info("Demo finished");

        Cairn.shutdown();
        System.out.println();
        System.out.println("JSON records were also written to " + file);
    }

    /** A successful checkout flow with nested and parallel steps, and a refund flow that fails at its second step. */
    private static void runFlows() throws Exception {
        ExecutorService pool = LogContext.wrap(Executors.newFixedThreadPool(2));
        try {
            String receipt = Flow.call("checkout", () -> {
                Step.run("validate_payment", () -> checkout.debug("card and amount look valid"));
                String charged = Step.call("charge_card", () -> {
                    Step.run("call_gateway", () -> pause(12));
                    return "receipt-1001";
                });
                CompletableFuture<Void> stock =
                        CompletableFuture.runAsync(() -> Step.run("reserve_stock", () -> pause(8)), pool);
                CompletableFuture<Void> mail =
                        CompletableFuture.runAsync(() -> Step.run("send_confirmation", () -> pause(5)), pool);
                CompletableFuture.allOf(stock, mail).get();
                return charged;
            });
            checkout.info("Checkout finished", kv("receipt", receipt));
            Flow.run("refund", () -> {
                Step.run("load_order", () -> pause(2));
                Step.run("call_gateway", () -> {
                    throw new IllegalStateException("gateway timeout");
                });
            });
        } catch (IllegalStateException e) {
            checkout.warn("Refund failed; the flow_end record says where", kv("reason", e.getMessage()));
        } finally {
            pool.shutdown();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reserveStock(String sku) {
        try {
            throw new java.io.UncheckedIOException(new java.io.IOException("inventory service timed out"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("stock reservation failed for " + sku, e);
        }
    }
}
