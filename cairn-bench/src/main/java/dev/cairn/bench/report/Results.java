package dev.cairn.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every JMH result of a run, read from one or more of JMH's JSON files (run.sh writes one per thread count). */
final class Results {

    private final List<Measurement> measurements = new ArrayList<>();
    private JsonNode first;

    static Results read(List<Path> files) throws IOException {
        Results results = new Results();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (JsonNode result : json.readTree(file.toFile())) {
                if (results.first == null) {
                    results.first = result;
                }
                results.measurements.add(Measurement.of(result));
            }
        }
        if (results.first == null) {
            throw new IllegalArgumentException("no JMH results in " + files);
        }
        return results;
    }

    Optional<Measurement> find(String benchmark, String variant, String format, int threads) {
        return measurements.stream()
                .filter(m -> m.benchmark().equals(benchmark)
                        && m.variant().equals(variant)
                        && m.format().equals(format)
                        && m.threads() == threads)
                .findFirst();
    }

    /** A run-wide setting as JMH recorded it, e.g. {@code jdkVersion} or {@code measurementTime}. */
    String setting(String name) {
        JsonNode value = first.path(name);
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(" ", items);
        }
        return value.asText();
    }
}
