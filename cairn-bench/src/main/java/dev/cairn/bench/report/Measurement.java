package dev.cairn.bench.report;

import com.fasterxml.jackson.databind.JsonNode;

/** One JMH result: a benchmark method with one set of parameters at one thread count. */
record Measurement(
        String benchmark,
        String variant,
        String format,
        int threads,
        double score,
        double error,
        String unit,
        JsonNode percentiles,
        double bytesPerOp) {

    /** Reads one element of JMH's JSON result array. */
    static Measurement of(JsonNode result) {
        String benchmark = result.path("benchmark").asText();
        JsonNode params = result.path("params");
        JsonNode primary = result.path("primaryMetric");
        return new Measurement(
                benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                params.path("variant").asText(),
                params.path("format").asText("JSON"),
                result.path("threads").asInt(),
                primary.path("score").asDouble(),
                primary.path("scoreError").asDouble(Double.NaN),
                primary.path("scoreUnit").asText(),
                primary.path("scorePercentiles"),
                allocation(result));
    }

    /** {@code gc.alloc.rate.norm} from {@code -prof gc}, NaN when the run had no such profiler. */
    private static double allocation(JsonNode result) {
        var names = result.path("secondaryMetrics").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.endsWith("gc.alloc.rate.norm")) {
                return result.path("secondaryMetrics").path(name).path("score").asDouble();
            }
        }
        return Double.NaN;
    }

    /** A percentile of a sample-mode result, e.g. {@code percentile("99.9")}. */
    double percentile(String percent) {
        return percentiles.path(percent).asDouble(Double.NaN);
    }
}
