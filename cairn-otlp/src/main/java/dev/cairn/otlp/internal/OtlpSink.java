package dev.cairn.otlp.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.util.List;

/**
 * An otlp sink: maps and encodes each record where sinks are written (the writer thread in asynchronous mode) and
 * offers it to the "logs" channel; with {@code flows=spans} or {@code both}, each finished flow goes to the "spans"
 * channel as its spans. Batching, sending, retries, spooling and accounting are the channels', on their own threads.
 */
final class OtlpSink implements Sink {

    static final String FLOW_SCOPE = "cairn.flow";

    private final Encoding encoding;
    private final LogMapping logs;
    private final FlowSpans flows;
    private final boolean flowLogs;
    private final DeliveryChannel logChannel;
    private final DeliveryChannel traceChannel;

    OtlpSink(
            Encoding encoding,
            Values values,
            boolean flowLogs,
            DeliveryChannel logChannel,
            DeliveryChannel traceChannel) {
        this.encoding = encoding;
        this.logs = new LogMapping(values);
        this.flows = new FlowSpans(values);
        this.flowLogs = flowLogs;
        this.logChannel = logChannel;
        this.traceChannel = traceChannel;
    }

    /**
     * Never: offering to a channel never waits on the collector (a channel that is behind spools, a local write), so
     * the sink runs on the writer thread and its records never pass through a hand-off queue that drops when full.
     */
    @Override
    public boolean mayBlock() {
        return false;
    }

    @Override
    public void write(LogRecord record) {
        boolean flow = record.kind() == RecordKind.FLOW;
        if (!flow || flowLogs) {
            byte[] payload = encoding.logRecord(logs.map(record));
            logChannel.offer(new ScopedItem(record.loggerName(), payload).toBytes());
        }
        if (traceChannel == null) {
            return;
        }
        if (flow) {
            List<SpanEntry> spans = flows.spans(record);
            if (!spans.isEmpty()) {
                traceChannel.offer(new ScopedItem(FLOW_SCOPE, encoding.spans(spans)).toBytes());
            }
        } else {
            flows.observe(record);
        }
    }

    @Override
    public void flush() {
        logChannel.flush();
        if (traceChannel != null) {
            traceChannel.flush();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            logChannel.close();
        } finally {
            if (traceChannel != null) {
                traceChannel.close();
            }
        }
    }
}
