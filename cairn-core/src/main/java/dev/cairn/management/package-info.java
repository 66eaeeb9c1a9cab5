/**
 * What a log system shows of itself to management tools: the {@link dev.cairn.management.LogSystemMXBean} each log
 * system registers on the platform MBean server as {@code dev.cairn:type=LogSystem,name=<service>}.
 */
package dev.cairn.management;
