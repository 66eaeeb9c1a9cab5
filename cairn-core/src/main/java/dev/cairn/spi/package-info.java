/**
 * For authors of destinations: the {@link dev.cairn.spi.Sink} interface and the {@link dev.cairn.spi.LogRecord} it
 * receives.
 */
package dev.cairn.spi;
