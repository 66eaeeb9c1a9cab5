/**
 * Cairn's core: structured loggers, JSON and text output, configuration, context, flows and sinks, with no
 * dependencies beyond {@code java.base} and {@code java.logging} ({@code java.management}, when present, for its MBean).
 */
module dev.cairn {
    requires transitive java.logging;
    requires java.net.http;
    // Optional: the log system's MBean is registered only when java.management is present.
    requires static java.management;

    exports dev.cairn;
    exports dev.cairn.context;
    exports dev.cairn.delivery;
    exports dev.cairn.flow;
    exports dev.cairn.spi;
    exports dev.cairn.jul;
    exports dev.cairn.management;
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
