package dev.cairn;

import static dev.cairn.KeyValue.kv;

import dev.cairn.context.LogContext;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Step;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the same records twice, as JSON lines to one file and as text (the console layout) to another: every field
 * the core prints, with the characters its escapers must handle. cairn-cli's {@code ViewMatchesCoreTextTest} runs it
 * in a child JVM and checks that {@code cairn view} of the JSON prints the text byte for byte.
 *
 * <p>Arguments: the JSON file, the text file, and {@code true} or {@code false} for source location (with location on,
 * the system also has a host name, so that each reserved key is written once by the core and once by the caller).
 */
public final class TextAndJsonSample {

    /** Every character class the two escapers must agree on. */
    private static final String HOSTILE = "back\\slash C:\\temp\\new \"quoted\" esc \u001b[31mred\u001b[0m cr\rlf\n"
            + "FAKE 2026-01-01 INFO forged tab\there del\u007f c1\u0085 bidi x\u202ey\u2066 é ✓ 😀 lone\ud800 a=b";

    private TextAndJsonSample() {}

    public static void main(String[] args) throws IOException {
        Path json = Path.of(args[0]);
        boolean location = Boolean.parseBoolean(args[2]);
        try (OutputStream text = Files.newOutputStream(Path.of(args[1]));
                LogSystem logs = LogSystem.builder()
                        .environment(Map.of())
                        .systemProperties(new Properties())
                        .classLoader(null)
                        .shutdownHook(false)
                        .diagnostics(new PrintStream(System.err, true))
                        .configure(c -> {
                            c.service("shop")
                                    .level(Level.TRACE)
                                    .format(Format.TEXT)
                                    .consoleOutput(text)
                                    .file(json)
                                    .set("cairn.file.format", "json")
                                    .set("cairn.color", "never")
                                    .set("cairn.location", String.valueOf(location));
                            if (location) {
                                c.host("web-1");
                            }
                        })
                        .build()) {
            logEverything(logs, location);
        }
    }

    private static void logEverything(LogSystem logs, boolean location) {
        Logger log = logs.logger("shop.checkout.CheckoutController");
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", Arrays.asList(1, "two", null, true, 2.5, List.of()));
        nested.put("map", Map.of("path", "C:\\temp\\new", "quote", "\"", "esc", "\u001b[2J\r\n\t"));
        nested.put("empty", Map.of());
        try (var request = LogContext.with("request_id", "req-7f3a")
                .with("user_id", 42)
                .with("ctx", "has space")
                .open()) {
            log.info(
                    "Processing order {} for {}",
                    1001,
                    HOSTILE,
                    kv("amount", 99.99),
                    kv("currency", "EUR"),
                    kv("big", new BigDecimal("12345678901234567890.000001")),
                    kv("huge", Long.MAX_VALUE),
                    kv("nan", Double.NaN),
                    kv("inf", Float.NEGATIVE_INFINITY),
                    kv("yes", true),
                    kv("none", null),
                    kv("empty", ""),
                    kv("cut", "\"long\" " + "\\".repeat(40_000)));
            log.warn(
                    HOSTILE,
                    kv("hostile", HOSTILE),
                    kv("nested", nested),
                    kv("tags", List.of("a", "b c", HOSTILE)),
                    kv("object", new Sku("ab\\c \"d\"")));
            log.info(
                    "reserved names as fields",
                    kv("method", "GET"),
                    kv("thread", "t"),
                    kv("process", 1),
                    kv("service", "s"),
                    kv("host", "h"),
                    kv("class", "c"),
                    kv("line", 7),
                    kv("message", "m"),
                    kv("timestamp", "ts"),
                    kv("level", "lv"),
                    kv("logger", "lg"),
                    kv("request_id", "again"));
            if (location) {
                // Without the call site's method first, a caller's _method after its method reads back as a second
                // method: the one case the JSON cannot tell apart (docs/cli.md).
                log.info("underscored field", kv("method", "GET"), kv("_method", "u"));
            }
            log.trace("trace");
            log.debug("debug");
            log.fatal("fatal");
            logs.logger(" odd\tlogger\u001b ").error("failed: {}", "x", failure(), kv("error", "own field"));
            Flows.of(logs).run("checkout", () -> {
                Step.run("validate_cart", () -> log.debug("cart ok", kv("items", 3)));
                Step.run("charge_card", () -> Step.run("call_bank", () -> log.info("bank says \"ok\"")));
            });
            try {
                Flows.of(logs)
                        .run(
                                "checkout",
                                () -> Step.run("charge_card", () -> {
                                    throw new IllegalStateException("card declined\tcode=\"51\"");
                                }));
            } catch (IllegalStateException e) {
                log.error("Checkout failed", e);
            }
        }
    }

    private static Exception failure() {
        RuntimeException root = new RuntimeException("root \u001b[31m\\ cause\r\nsecond line");
        UncheckedIOException middle = new UncheckedIOException("middle", new IOException("io", root));
        IllegalStateException top = new IllegalStateException("top \"quoted\" \\ é", middle);
        top.addSuppressed(new IllegalArgumentException("suppressed\ttab"));
        return top;
    }

    /** A value that is neither a string, a number nor a container: written with its {@code toString()}. */
    private record Sku(String code) {}
}
