package dev.cairn.linesink;

import dev.cairn.Format;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.util.List;

/**
 * The {@code test-lines} sink type, standing in for a sink type shipped in a module of its own: found through
 * {@code META-INF/services/dev.cairn.spi.SinkProvider} in the test resources and configured from properties.
 *
 * <pre>
 * cairn.sink.remote.type=test-lines
 * cairn.sink.remote.channel=orders
 * cairn.sink.remote.format=text
 * </pre>
 */
public final class LineChannelSinkProvider implements SinkProvider {

    static final SinkOption<String> CHANNEL =
            SinkOption.required("channel", "a channel name of letters and digits", raw -> {
                if (!raw.matches("[A-Za-z0-9]{1,32}")) {
                    throw new IllegalArgumentException();
                }
                return raw;
            });
    static final SinkOption<String> FORMAT = SinkOption.choice("format", "json", "json", "text");
    static final SinkOption<Boolean> MAY_BLOCK = SinkOption.flag("may-block", true);
    static final SinkOption<String> STALL = SinkOption.choice("stall", "never", "never", "forever");

    @Override
    public String type() {
        return "test-lines";
    }

    @Override
    public List<SinkOption<?>> options() {
        return List.of(CHANNEL, FORMAT, MAY_BLOCK, STALL);
    }

    @Override
    public Sink create(SinkContext context) {
        Format format = context.option(FORMAT).equals("text") ? Format.TEXT : Format.JSON;
        return new LineChannelSink(
                context.encoder(format),
                LineChannels.get(context.option(CHANNEL)),
                context.option(MAY_BLOCK),
                context.option(STALL).equals("forever"));
    }
}
