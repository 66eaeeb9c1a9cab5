/**
 * The {@code tcp} and {@code udp} sink types and their transports; not exported, found through
 * {@link dev.cairn.spi.SinkProvider}.
 */
package dev.cairn.net.internal;
