package dev.cairn.bench.otlp;

/** One way of logging the benchmark's record to an OTLP receiver: Cairn's otlp sink, or the OpenTelemetry SDK. */
public interface Exporter extends AutoCloseable {

    /** Logs record number {@code seq}: "order placed", INFO, with seq, sku, amount and user attributes. */
    void log(int seq);

    /** Hands everything logged so far towards the receiver, waiting at most the library's own flush time. */
    void flush();

    @Override
    void close();
}
