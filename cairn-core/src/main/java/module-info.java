/**
 * Cairn's core: structured loggers, JSON and text output, configuration, context, flows and sinks, with no
 * dependencies beyond {@code java.base} and {@code java.logging}.
 */
module dev.cairn {
    requires transitive java.logging;
    requires java.net.http;

    exports dev.cairn;
    exports dev.cairn.context;
    exports dev.cairn.delivery;
    exports dev.cairn.flow;
    exports dev.cairn.spi;
    exports dev.cairn.jul;
    exports dev.cairn.internal.seal to
            dev.cairn.cli;
    exports dev.cairn.internal.received to
            dev.cairn.cli;

    uses dev.cairn.spi.SinkProvider;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.internal.sink.ConsoleSinkProvider,
            dev.cairn.internal.sink.FileSinkProvider,
            dev.cairn.internal.sink.HttpSinkProvider;
}
