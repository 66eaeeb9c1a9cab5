package dev.cairn.internal.limit;

import dev.cairn.Level;

/**
 * One configured rate: {@code count} records per {@code periodNanos}, {@code burst} at once, for levels up to
 * {@code maxLevel}.
 */
public record RateRule(long count, long periodNanos, long burst, Level maxLevel) {}
