package dev.cairn.internal.sink;

import dev.cairn.internal.config.Terminal;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.io.OutputStream;
import java.util.List;

/**
 * The {@code console} sink type: standard output or error, as JSON or text (text on a terminal when {@code auto}),
 * colored only on a terminal unless asked. The built-in console ({@code cairn.console}, {@code cairn.format},
 * {@code cairn.color}) is a sink of this type named {@code console}.
 */
public final class ConsoleSinkProvider implements SinkProvider {

    public static final String TYPE = "console";
    static final SinkOption<String> STREAM = SinkOption.choice("stream", "stdout", "stdout", "stderr");
    static final SinkOption<String> FORMAT = SinkOption.choice("format", "auto", "json", "text", "auto");
    static final SinkOption<String> COLOR = SinkOption.choice("color", "auto", "auto", "always", "never");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        return List.of(STREAM, FORMAT, COLOR);
    }

    @Override
    public Sink create(SinkContext context) {
        BuildContext build = (BuildContext) context;
        OutputStream override = build.consoleOverride();
        boolean terminal = override == null && Terminal.isInteractive(build.environment());
        OutputStream out = override != null
                ? override
                : new StandardStream(context.option(STREAM).equals("stderr"));
        String format = context.option(FORMAT);
        String color = context.option(COLOR);
        boolean text = format.equals("text") || format.equals("auto") && terminal;
        boolean colored =
                color.equals("always") || color.equals("auto") && terminal && !Terminal.noColor(build.environment());
        Layouts layouts = build.layouts();
        return new ConsoleSink(text ? layouts.text(colored) : layouts.json(), out);
    }
}
