package dev.cairn.net.internal;

import dev.cairn.Format;
import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code udp} sink type: one JSON record per datagram, best effort (nothing acknowledges a datagram); a record
 * longer than {@code max-datagram-bytes} is sent cut, as a JSON object that says so, and counted.
 */
public final class UdpSinkProvider implements SinkProvider {

    static final SinkOption<Integer> MAX_DATAGRAM_BYTES = SinkOption.integer("max-datagram-bytes", 512, 65_507, 8_192);

    @Override
    public String type() {
        return "udp";
    }

    @Override
    public List<SinkOption<?>> options() {
        List<SinkOption<?>> options =
                new ArrayList<>(List.of(TcpSinkProvider.HOST, TcpSinkProvider.PORT, MAX_DATAGRAM_BYTES));
        options.addAll(DeliveryOptions.ALL);
        return options;
    }

    @Override
    public Sink create(SinkContext context) {
        UdpTransport transport =
                new UdpTransport(context.option(TcpSinkProvider.HOST), context.option(TcpSinkProvider.PORT));
        DatagramCutter cutter = new DatagramCutter(context.option(MAX_DATAGRAM_BYTES), context::report);
        return new JsonLineSink(
                context.encoder(Format.JSON),
                cutter,
                DeliveryChannel.open(context, "", transport),
                "udp sink, " + transport,
                cutter::reportTotal);
    }
}
