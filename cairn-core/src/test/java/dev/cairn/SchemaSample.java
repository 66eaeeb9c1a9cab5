package dev.cairn;

import static dev.cairn.KeyValue.kv;

import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Flows;
import dev.cairn.flow.Step;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the same records in every JSON schema at once, one file sink per schema ({@code <dir>/<schema>.log}): plain
 * records with fields, a successful flow with nested steps, and a failed flow with an exception. cairn-cli's
 * {@code SchemaInputTest} runs it in a child JVM and checks that every command reads the five files alike.
 *
 * <p>Argument: the folder to write into.
 */
public final class SchemaSample {

    private static final String[] SCHEMAS = {"cairn", "ecs", "gelf", "logstash", "otel"};

    private SchemaSample() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        try (LogSystem logs = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(System.err, true))
                .configure(c -> {
                    c.service("shop").host("web-1").level(Level.TRACE).set("cairn.console", "none");
                    for (String schema : SCHEMAS) {
                        c.set(
                                        "cairn.sink." + schema + ".path",
                                        dir.resolve(schema + ".log").toString())
                                .set("cairn.sink." + schema + ".json.schema", schema);
                    }
                })
                .build()) {
            Logger log = logs.logger("shop.checkout");
            Flows flows = Flows.of(logs);
            try (var scope = LogContext.with("request_id", "r-1").open()) {
                log.info("processed item 17 for user 42", kv("order_id", 1001), kv("ok", true));
                log.info("processed item 18 for user 43", kv("order_id", 1002));
                try (Flow flow = flows.start("checkout")) {
                    try (Step step = Step.start("charge_card")) {
                        try (Step inner = Step.start("call_bank")) {
                            log.debug("bank answered");
                        }
                    }
                }
                try (Flow flow = flows.start("refund")) {
                    try (Step step = Step.start("reverse_charge")) {
                        IllegalStateException failure = new IllegalStateException("bank unreachable");
                        step.fail(failure);
                        flow.fail(failure);
                    }
                }
                log.error("payment failed for order 1003", new IllegalStateException("card declined"));
            }
        }
    }
}
