package dev.cairn.bench.report;

import java.util.Locale;

/** How figures are written: enough digits to compare, no more. */
final class Numbers {

    private Numbers() {}

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A score with JMH's 99.9% confidence half-width, when JMH could compute one. */
    static String withError(double score, double error) {
        return Double.isNaN(error) ? format(score) : format(score) + " ± " + format(error);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }
}
