/**
 * Cairn's core: structured loggers, JSON and text output, configuration, context and sinks, with no dependencies.
 */
module dev.cairn {
    requires transitive java.logging;

    exports dev.cairn;
    exports dev.cairn.spi;
    exports dev.cairn.jul;
    exports dev.cairn.annotation;
    exports dev.cairn.instrument;
}
