package dev.cairn.bench.otlp;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.resources.Resource;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * The OpenTelemetry Java SDK as its users set it up: {@code BatchLogRecordProcessor} with its defaults (queue 2,048,
 * batch 512, 1 s delay, 30 s export timeout) and {@code OtlpHttpLogRecordExporter} (http/protobuf, default retry).
 */
final class SdkExporter implements Exporter {

    private static final AttributeKey<Long> SEQ = AttributeKey.longKey("seq");
    private static final AttributeKey<String> SKU = AttributeKey.stringKey("sku");
    private static final AttributeKey<Double> AMOUNT = AttributeKey.doubleKey("amount");
    private static final AttributeKey<String> USER = AttributeKey.stringKey("user");

    private final SdkLoggerProvider provider;
    private final Logger log;

    SdkExporter(String endpoint) {
        // Its export failures are logged through java.util.logging: silenced, as Cairn's diagnostics are.
        java.util.logging.Logger.getLogger("io.opentelemetry").setLevel(Level.OFF);
        this.provider = SdkLoggerProvider.builder()
                .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "bench")))
                .addLogRecordProcessor(BatchLogRecordProcessor.builder(OtlpHttpLogRecordExporter.builder()
                                .setEndpoint(endpoint + "/v1/logs")
                                .build())
                        .build())
                .build();
        this.log = provider.get("bench.orders");
    }

    @Override
    public void log(int seq) {
        log.logRecordBuilder()
                .setSeverity(Severity.INFO)
                .setSeverityText("INFO")
                .setBody("order placed")
                .setAttribute(SEQ, (long) seq)
                .setAttribute(SKU, "A-1042")
                .setAttribute(AMOUNT, 12.5)
                .setAttribute(USER, "u-17")
                .setAttribute("thread.name", Thread.currentThread().getName())
                .emit();
    }

    @Override
    public void flush() {
        provider.forceFlush().join(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        provider.shutdown().join(60, TimeUnit.SECONDS);
    }
}
