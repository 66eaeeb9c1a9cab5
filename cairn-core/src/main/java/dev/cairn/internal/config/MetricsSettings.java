package dev.cairn.internal.config;

import java.time.Duration;

/**
 * What a log system counts and publishes about itself.
 *
 * @param top {@code cairn.metrics.top}: loggers and exception types named in the stats before {@code other}
 * @param interval {@code cairn.metrics.interval}: between two {@code metrics} records; zero for none
 * @param jmx {@code cairn.jmx}: whether the log system's MBean is registered
 * @param watch {@code cairn.config.watch}: between two checks of the properties file; zero for none
 */
public record MetricsSettings(int top, Duration interval, boolean jmx, Duration watch) {}
