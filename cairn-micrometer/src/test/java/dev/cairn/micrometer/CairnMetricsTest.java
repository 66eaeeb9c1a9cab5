package dev.cairn.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Format;
import dev.cairn.LogSystem;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binder's meters as a real Prometheus registry scrapes them, read back from the exposition text. */
class CairnMetricsTest {

    /** One sample line of the Prometheus text format: {@code name{label="value",…} number}. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");

    private static LogSystem logSystem(Path dir, ByteArrayOutputStream console) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .configure(c -> c.service("payment-service")
                        .format(Format.JSON)
                        .consoleOutput(console)
                        .file(dir.resolve("app.log"))
                        .set("cairn.jmx", "false"))
                .build();
    }

    @Test
    void aPrometheusScrape_showsRecordsBySericeAndLevel_sinksAndQueue(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (LogSystem logs = logSystem(dir, console)) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new CairnMetrics(logs, Tags.of("app", "shop")).bindTo(registry);

            logs.logger("payments").info("charged");
            logs.logger("payments").info("charged");
            logs.logger("payments").error("declined", new IllegalStateException("card"));
            logs.flush();

            Map<String, Double> samples = samples(registry.scrape());
            assertThat(samples)
                    .containsEntry("cairn_records_total{app=shop,level=info,service=payment-service}", 2.0)
                    .containsEntry("cairn_records_total{app=shop,level=error,service=payment-service}", 1.0)
                    .containsEntry("cairn_records_total{app=shop,level=debug,service=payment-service}", 0.0)
                    .containsEntry("cairn_records_dropped_total{app=shop,cause=queue-full}", 0.0)
                    .containsEntry("cairn_records_suppressed_total{app=shop,cause=dedupe}", 0.0)
                    .containsEntry("cairn_sink_records_total{app=shop,sink=file}", 3.0)
                    .containsEntry("cairn_sink_failures_total{app=shop,sink=file}", 0.0)
                    .containsEntry(
                            "cairn_sink_bytes_total{app=shop,sink=file}", (double) Files.size(dir.resolve("app.log")))
                    .containsEntry("cairn_sink_bytes_total{app=shop,sink=console}", (double) console.size())
                    .containsEntry("cairn_queue_depth{app=shop}", 0.0)
                    .containsEntry("cairn_queue_capacity{app=shop}", 16384.0);
            assertThat(samples.get("cairn_queue_high_water{app=shop}")).isBetween(1.0, 3.0);
        }
    }

    @Test
    void aNetworkSink_showsItsDeliveryOutcomes(@TempDir Path dir) throws Exception {
        try (LogSystem logs = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.jmx", "false")
                        .set("cairn.sink.collector.type", "http")
                        // Nothing listens on port 9 of loopback (discard): every attempt fails and is retried.
                        .set("cairn.sink.collector.url", "http://127.0.0.1:9/logs"))
                .build()) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new CairnMetrics(logs, Tags.empty()).bindTo(registry);
            Map<String, Double> samples = samples(registry.scrape());
            assertThat(samples)
                    .containsKeys(
                            "cairn_delivery_total{outcome=delivered,sink=collector}",
                            "cairn_delivery_total{outcome=rejected,sink=collector}",
                            "cairn_delivery_pending{sink=collector,where=spool}",
                            "cairn_sink_failures_total{sink=collector}");
        }
    }

    /** Every sample of the exposition text, keyed by name and labels sorted as Prometheus writes them. */
    private static Map<String, Double> samples(String exposition) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : exposition.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a sample line: %s", line).isTrue();
            String labels = m.group(3) == null ? "" : m.group(3).replace("\"", "");
            samples.put(m.group(1) + (labels.isEmpty() ? "" : "{" + labels + "}"), Double.parseDouble(m.group(4)));
        }
        return samples;
    }
}
