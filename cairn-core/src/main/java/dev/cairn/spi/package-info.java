/**
 * The service-provider interface for destinations: {@link dev.cairn.spi.Sink} and the {@link dev.cairn.spi.LogRecord}
 * it receives, sink types found with {@link java.util.ServiceLoader} ({@link dev.cairn.spi.SinkProvider}), their
 * options, and the {@link dev.cairn.spi.RecordEncoder} that writes Cairn's JSON and text formats.
 */
package dev.cairn.spi;
