package dev.cairn.otlp.internal;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The otlp sink's per-record step, on the writer thread: one log record as the bytes of a protobuf {@code LogRecord},
 * by Cairn's hand-written {@link ProtobufEncoding} and by the official {@code opentelemetry-proto} classes with
 * protobuf-java (builders, then {@code toByteArray()}), from the same mapped record. It sits in the encoder's package
 * (on the class path, not the module path) to reach the package-private encoder. Checked: both give the same bytes.
 *
 * <pre>
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" org.openjdk.jmh.Main \
 *     OtlpEncoderBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OtlpEncoderBenchmark {

    private static final byte[] TRACE_ID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private static final byte[] SPAN_ID = {1, 2, 3, 4, 5, 6, 7, 8};

    /** The comparison harness's record, as the sink maps it. */
    static final LogEntry ENTRY = new LogEntry(
            1_764_633_600_123_456_789L,
            1_764_633_600_123_456_789L,
            9,
            "INFO",
            new Value.Text("order placed"),
            List.of(
                    Attribute.integer("seq", 123_456),
                    Attribute.text("sku", "A-1042"),
                    new Attribute("amount", new Value.Real(12.5)),
                    Attribute.text("user", "u-17"),
                    Attribute.text("thread.name", "main")),
            TRACE_ID,
            SPAN_ID);

    private final ProtobufEncoding encoding = new ProtobufEncoding();

    @Benchmark
    public byte[] handWritten() {
        return encoding.logRecord(ENTRY);
    }

    @Benchmark
    public byte[] protobufJava() {
        return protobufJava(ENTRY);
    }

    /** The same record through the official classes: a {@code ScopeLogs.log_records} field (2), as the sink's item. */
    static byte[] protobufJava(LogEntry entry) {
        LogRecord.Builder record = LogRecord.newBuilder()
                .setTimeUnixNano(entry.timeUnixNano())
                .setSeverityNumber(SeverityNumber.forNumber(entry.severityNumber()))
                .setSeverityText(entry.severityText())
                .setBody(value(entry.body()))
                .setFlags(1)
                .setTraceId(ByteString.copyFrom(entry.traceId()))
                .setSpanId(ByteString.copyFrom(entry.spanId()))
                .setObservedTimeUnixNano(entry.observedTimeUnixNano());
        for (Attribute attribute : entry.attributes()) {
            record.addAttributes(KeyValue.newBuilder()
                    .setKey(attribute.key())
                    .setValue(value(attribute.value()))
                    .build());
        }
        return io.opentelemetry.proto.logs.v1.ScopeLogs.newBuilder()
                .addLogRecords(record)
                .build()
                .toByteArray();
    }

    private static AnyValue value(Value value) {
        if (value instanceof Value.Text text) {
            return AnyValue.newBuilder().setStringValue(text.value()).build();
        } else if (value instanceof Value.Int integer) {
            return AnyValue.newBuilder().setIntValue(integer.value()).build();
        } else if (value instanceof Value.Real real) {
            return AnyValue.newBuilder().setDoubleValue(real.value()).build();
        } else if (value instanceof Value.Bool bool) {
            return AnyValue.newBuilder().setBoolValue(bool.value()).build();
        }
        throw new IllegalArgumentException("not in the benchmark's record: " + value);
    }
}
