/**
 * The log system's MBean: the only classes of the core that use {@code java.management}, loaded only when that module
 * is present, so the core runs without it.
 */
package dev.cairn.internal.jmx;
