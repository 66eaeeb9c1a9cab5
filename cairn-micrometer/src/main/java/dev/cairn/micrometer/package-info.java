/**
 * Cairn's figures as Micrometer meters: {@link dev.cairn.micrometer.CairnMetrics}, a {@code MeterBinder} for any
 * {@code MeterRegistry}.
 */
package dev.cairn.micrometer;
