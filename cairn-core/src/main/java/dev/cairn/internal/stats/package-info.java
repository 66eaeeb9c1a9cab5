/**
 * Counters of what a log system logged, kept on the logging path without a lock or an allocation per record, and read
 * into {@link dev.cairn.LogStats} on demand.
 */
package dev.cairn.internal.stats;
