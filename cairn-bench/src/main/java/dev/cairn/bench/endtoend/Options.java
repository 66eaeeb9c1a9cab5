package dev.cairn.bench.endtoend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** {@link EndToEnd}'s command line, with issue 19's workload as the defaults. */
record Options(long records, int[] threads, List<Setup> setups, Path dir, int runs) {

    static Options parse(String... args) {
        long records = 2_000_000;
        int[] threads = {1, 2};
        List<Setup> setups = List.of(Setup.values());
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "cairn-bench");
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--records" -> records = positive(name, value);
                case "--threads" -> threads = threadCounts(value);
                case "--setups" -> setups = setups(value);
                case "--dir" -> dir = Path.of(value);
                case "--runs" -> runs = (int) positive(name, value);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + name + "; expected --records, --threads, --setups, --dir or --runs");
            }
        }
        if (records > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--records " + records + ": at most " + Integer.MAX_VALUE);
        }
        return new Options(records, threads, setups, dir, runs);
    }

    private static long positive(String name, String value) {
        try {
            long number = Long.parseLong(value.replace("_", ""));
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " " + value + ": expected a positive whole number");
    }

    private static int[] threadCounts(String value) {
        String[] parts = value.split(",");
        int[] counts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            counts[i] = (int) positive("--threads", parts[i].trim());
        }
        return counts;
    }

    private static List<Setup> setups(String value) {
        List<Setup> chosen = new ArrayList<>();
        for (String label : value.split(",")) {
            String name = label.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                chosen.add(Setup.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--setups " + label + ": expected one of " + labels());
            }
        }
        return chosen;
    }

    private static String labels() {
        StringJoiner labels = new StringJoiner(", ");
        for (Setup setup : Setup.values()) {
            labels.add(setup.label());
        }
        return labels.toString();
    }
}
