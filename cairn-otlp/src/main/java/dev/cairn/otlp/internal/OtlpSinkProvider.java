package dev.cairn.otlp.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.util.List;

/** The {@code otlp} sink type: {@code cairn.sink.<name>.type=otlp}. */
public final class OtlpSinkProvider implements SinkProvider {

    /** The type's name. */
    public static final String TYPE = "otlp";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        return OtlpOptions.ALL;
    }

    @Override
    public Sink create(SinkContext context) {
        OtlpConfig config = new OtlpConfig(context);
        Encoding encoding = Encoding.of(config.protocol);
        DeliveryChannel logs = DeliveryChannel.open(context, "logs", transport(context, config, encoding, Signal.LOGS));
        DeliveryChannel traces = config.spans()
                ? DeliveryChannel.open(context, "spans", transport(context, config, encoding, Signal.TRACES))
                : null;
        return new OtlpSink(encoding, new Values(context), config.flowLogs(), logs, traces);
    }

    private static OtlpTransport transport(SinkContext context, OtlpConfig config, Encoding encoding, Signal signal) {
        return new OtlpTransport(
                config.uri(signal),
                signal,
                encoding,
                config.resource,
                config.headers(signal),
                config.gzip(signal),
                config.timeout(signal),
                context.clock());
    }
}
