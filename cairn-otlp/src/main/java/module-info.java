/** The {@code otlp} sink type: records, and flows as spans, sent to an OpenTelemetry collector over OTLP/HTTP. */
module dev.cairn.otlp {
    requires dev.cairn;
    requires java.net.http;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.otlp.internal.OtlpSinkProvider;
}
