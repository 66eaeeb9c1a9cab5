package dev.cairn.bench.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19's end-to-end scenario: each library, from a cold JVM, logs the same records through the SLF4J 2 API (and
 * Cairn also through its own API, {@link Setup#CAIRN_API}) to one JSON file; the clock runs from the first log call
 * until the library has stopped with every record on disk. The file is then checked record by record ({@link WrittenOrders}), and records per second are printed as a Markdown table.
 *
 * <p>Usage (run.sh's class path): {@code EndToEnd [--records N] [--threads 1,2] [--setups cairn,logback-tuned,...]
 * [--dir FOLDER] [--runs R]}. Each set-up runs R times (default 3) at each thread count, interleaved, and the best
 * and median runs are shown.
 */
public final class EndToEnd {

    private EndToEnd() {}

    public static void main(String... args) throws IOException, InterruptedException {
        System.out.print(run(Options.parse(args)));
    }

    /** Runs every set-up at every thread count and returns the Markdown table; progress goes to standard error. */
    static String run(Options options) throws IOException, InterruptedException {
        Files.createDirectories(options.dir());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");

        List<Row> rows = new ArrayList<>();
        for (int threads : options.threads()) {
            for (Setup setup : options.setups()) {
                rows.add(new Row(setup, threads, new long[options.runs()], new ArrayList<>()));
            }
        }
        for (int run = 0; run < options.runs(); run++) {
            for (Row row : rows) {
                Path file = options.dir().resolve("e2e-" + row.setup().label() + "-" + row.threads() + ".json");
                Files.deleteIfExists(file);
                row.nanos()[run] = runChild(javaBin, classPath, row, file, options.records());
                WrittenOrders written = WrittenOrders.read(file, options.records());
                row.checks().add(written);
                System.err.printf(
                        Locale.ROOT,
                        "%s, %d thread(s), run %d: %,.0f records/s; %s%n",
                        row.setup().label(),
                        row.threads(),
                        run + 1,
                        options.records() * 1e9 / row.nanos()[run],
                        written);
                Files.delete(file);
            }
        }
        return table(rows, options);
    }

    private static long runChild(String javaBin, String classPath, Row row, Path file, long records)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"));
        if (row.setup().provider() != null) {
            command.add("-Dslf4j.provider=" + row.setup().provider());
        }
        command.addAll(row.setup().properties(file));
        command.addAll(List.of(
                "-cp",
                classPath,
                row.setup().workload().getName(),
                row.setup().name(),
                Long.toString(records),
                Integer.toString(row.threads())));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        int at = output.lastIndexOf(TimedWorkload.RESULT);
        if (exit != 0 || at < 0) {
            throw new IllegalStateException(row.setup().label() + " exited with " + exit + ": " + output);
        }
        return Long.parseLong(
                output.substring(at + TimedWorkload.RESULT.length()).trim());
    }

    private static String table(List<Row> rows, Options options) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "%n%,d records through SLF4J 2 (cairn-api: Cairn's own API) to one JSON file, %d run(s) each, JDK %s; records/s from the first log"
                        + " call until the library has stopped with every record on disk.%n%n",
                options.records(),
                options.runs(),
                System.getProperty("java.version")));
        md.append("| set-up | threads | best | median | records checked | configuration |\n");
        md.append("|---|--:|--:|--:|---|---|\n");
        for (Row row : rows) {
            long[] sorted = row.nanos().clone();
            Arrays.sort(sorted);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %,.0f | %s | %s |%n",
                    row.setup().label(),
                    row.threads(),
                    options.records() * 1e9 / sorted[0],
                    options.records() * 1e9 / sorted[sorted.length / 2],
                    verdict(row.checks()),
                    row.setup().configuration()));
        }
        return md.toString();
    }

    /** "all N, once each" or the worst run's losses, so a lossy set-up's speed is never shown without its loss. */
    private static String verdict(List<WrittenOrders> checks) {
        WrittenOrders worst = checks.stream()
                .filter(check -> !check.complete())
                .max((a, b) -> Long.compare(a.missing() + a.invalid(), b.missing() + b.invalid()))
                .orElse(null);
        if (worst == null) {
            return "all, once each";
        }
        return String.format(
                Locale.ROOT,
                "**%,d missing, %,d invalid, %,d duplicated** (worst run)",
                worst.missing(),
                worst.invalid(),
                worst.duplicates());
    }

    /** The set-up, thread count, each run's elapsed nanoseconds and each run's check of one table row. */
    private record Row(Setup setup, int threads, long[] nanos, List<WrittenOrders> checks) {}
}
