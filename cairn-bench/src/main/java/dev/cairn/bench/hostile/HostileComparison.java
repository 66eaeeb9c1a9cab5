package dev.cairn.bench.hostile;

import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.message.MapMessage;

/**
 * Writes the same hostile records (fixed seed) through Cairn, Logback with logstash-logback-encoder, and Log4j2 with
 * JsonTemplateLayout, each synchronously to a JSON-lines file with every key-value and the stack trace, then counts per
 * library the lines a strict JSON parser accepts as one object and the records lost (no valid line carries their
 * sequence number). Run from the repository root after {@code mvn -pl cairn-bench -am package -DskipTests}:
 *
 * <pre>
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" \
 *     dev.cairn.bench.hostile.HostileComparison 200000 target/hostile
 * </pre>
 */
public final class HostileComparison {

    private static final long SEED = 12L;
    private static final String SEQ = "hostile_seq";
    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HostileComparison() {}

    /** Where one library's records go. */
    private interface Target extends AutoCloseable {
        void log(long seq, String message, String key, Object value, Throwable error);

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/hostile"));
        System.out.printf(
                Locale.ROOT,
                "%-8s %10s %12s %12s %14s%n",
                "library",
                "records",
                "valid lines",
                "invalid lines",
                "records lost");
        for (String library : new String[] {"cairn", "logback", "log4j2"}) {
            Path file = dir.resolve(library + ".log");
            Files.deleteIfExists(file);
            long threw = write(open(library, file), records);
            Count count = count(file, records);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %10d %12d %12d %14d%s%n",
                    library,
                    records,
                    count.valid,
                    count.invalid,
                    count.lost,
                    threw > 0 ? "  (" + threw + " calls threw)" : "");
        }
    }

    private static long write(Target target, int records) {
        HostileValues values = new HostileValues(SEED);
        long threw = 0;
        try (target) {
            for (int seq = 0; seq < records; seq++) {
                String message = values.text();
                String key = values.key();
                Object value = values.value(0);
                Throwable error = values.maybeThrowable();
                try {
                    target.log(seq, message, key, value, error);
                } catch (RuntimeException | StackOverflowError e) {
                    threw++;
                }
            }
        }
        return threw;
    }

    private record Count(long valid, long invalid, long lost) {}

    private static Count count(Path file, int records) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        BitSet seen = new BitSet(records);
        long valid = 0;
        long invalid = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            if (i > start) {
                try {
                    JsonNode line = STRICT.readTree(bytes, start, i - start);
                    if (line == null || !line.isObject()) {
                        invalid++;
                    } else {
                        valid++;
                        JsonNode seq = line.get(SEQ);
                        if (seq != null && seq.canConvertToInt()) {
                            seen.set(seq.asInt());
                        }
                    }
                } catch (IOException e) {
                    invalid++;
                }
            }
            start = i + 1;
        }
        return new Count(valid, invalid, records - seen.cardinality());
    }

    private static Target open(String library, Path file) throws IOException, URISyntaxException, JoranException {
        switch (library) {
            case "cairn":
                return cairn(file);
            case "logback":
                return logback(file);
            default:
                return log4j2(file);
        }
    }

    private static Target cairn(Path file) {
        LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> c.set("cairn.console", "none")
                        .file(file)
                        .set("cairn.async", "false")
                        .set("cairn.file.max-bytes", "0"))
                .build();
        Logger log = system.logger("hostile");
        return new Target() {
            @Override
            public void log(long seq, String message, String key, Object value, Throwable error) {
                log.atInfo().with(SEQ, seq).with(key, value).cause(error).log(message);
            }

            @Override
            public void close() {
                system.close();
            }
        };
    }

    private static Target logback(Path file) throws JoranException {
        ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("hostile.file", file.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(HostileComparison.class.getClassLoader().getResource("hostile/logback.xml"));
        org.slf4j.Logger log = context.getLogger("hostile");
        return new Target() {
            @Override
            public void log(long seq, String message, String key, Object value, Throwable error) {
                log.atInfo()
                        .addKeyValue(SEQ, seq)
                        .addKeyValue(key, value)
                        .setCause(error)
                        .log(message);
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }

    private static Target log4j2(Path file) throws URISyntaxException {
        System.setProperty("hostile.file", file.toString());
        LoggerContext context = new LoggerContext(
                "hostile",
                null,
                HostileComparison.class
                        .getClassLoader()
                        .getResource("hostile/log4j2.xml")
                        .toURI());
        context.start();
        org.apache.logging.log4j.Logger log = context.getLogger("hostile");
        return new Target() {
            @Override
            public void log(long seq, String message, String key, Object value, Throwable error) {
                log.info(
                        new MapMessage<>(3)
                                .with("message", message)
                                .with(SEQ, seq)
                                .with(key, value),
                        error);
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }
}
