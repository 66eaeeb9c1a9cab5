/**
 * Writing lines that another process already encoded (the records {@code cairn receive} accepts) through the core's
 * file sink, so received records get the same rotation, retention, compression, permissions and fsync policy as the
 * records a log system writes. Exported to the {@code cairn} tool only.
 */
package dev.cairn.internal.received;
