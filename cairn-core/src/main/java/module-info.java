/**
 * Cairn's core: structured loggers, JSON and text output, configuration, context and sinks, with no dependencies.
 */
module dev.cairn {
    requires transitive java.logging;
    requires static jdk.httpserver;
    requires static java.net.http;

    exports dev.cairn;
    exports dev.cairn.spi;
    exports dev.cairn.jul;
    exports dev.cairn.annotation;
    exports dev.cairn.instrument;
    exports dev.cairn.http;

    uses dev.cairn.spi.SinkProvider;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.internal.sink.ConsoleSinkProvider,
            dev.cairn.internal.sink.FileSinkProvider;
}
