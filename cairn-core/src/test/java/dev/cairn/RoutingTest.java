package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingTest {

    @TempDir
    Path dir;

    private LogSystem system(Consumer<ConfigBuilder> configuration) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .configure(
                        c -> configuration.accept(c.set("cairn.console", "none").level(Level.TRACE)))
                .build();
    }

    private List<String> messages(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file)).stream()
                .map(line -> JsonLines.parse(line).get("message").asText())
                .toList();
    }

    private static void logEveryLevel(LogSystem system, String logger) {
        Logger log = system.logger(logger);
        for (Level level : Level.values()) {
            log.log(level, "{} from {}", level, logger);
        }
    }

    @Test
    void namedSinks_receiveTheirLevelRangeAndLoggers() throws IOException {
        try (LogSystem system = system(c -> c.set("cairn.sink.audit.path", "audit.log")
                .set("cairn.sink.audit.loggers", "shop.audit")
                .set("cairn.sink.problems.path", "problems.log")
                .set("cairn.sink.problems.levels", "WARN")
                .set("cairn.sink.chatter.path", "chatter.log")
                .set("cairn.sink.chatter.levels", "TRACE-DEBUG")
                .set("cairn.sink.chatter.loggers", "shop, !shop.audit")
                .set("cairn.sink.chatter.format", "text"))) {
            logEveryLevel(system, "shop.audit");
            logEveryLevel(system, "shop.cart");
            logEveryLevel(system, "shopping");
        }
        assertThat(messages("audit.log"))
                .containsExactly(
                        "TRACE from shop.audit",
                        "DEBUG from shop.audit",
                        "INFO from shop.audit",
                        "WARN from shop.audit",
                        "ERROR from shop.audit",
                        "FATAL from shop.audit");
        assertThat(messages("problems.log"))
                .containsExactly(
                        "WARN from shop.audit",
                        "ERROR from shop.audit",
                        "FATAL from shop.audit",
                        "WARN from shop.cart",
                        "ERROR from shop.cart",
                        "FATAL from shop.cart",
                        "WARN from shopping",
                        "ERROR from shopping",
                        "FATAL from shopping");
        assertThat(Files.readAllLines(dir.resolve("chatter.log")))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(" shop.cart - "));
    }

    @Test
    void successErrorFlowsPreset_splitsByOutcome() throws IOException {
        try (LogSystem system = system(c -> c.service("shop").set("cairn.preset", "success-error-flows"))) {
            logEveryLevel(system, "shop.cart");
        }
        assertThat(messages("logs/success/shop.log"))
                .containsExactly(
                        "TRACE from shop.cart", "DEBUG from shop.cart", "INFO from shop.cart", "WARN from shop.cart");
        assertThat(messages("logs/error/shop.log")).containsExactly("ERROR from shop.cart", "FATAL from shop.cart");
        assertThat(Files.readAllLines(dir.resolve("logs/flows/shop.log"))).isEmpty();
    }

    @Test
    void consoleFilter_limitsTheConsoleOnly() throws IOException {
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        try (LogSystem system = system(c -> c.set("cairn.console", "stdout")
                .consoleOutput(console)
                .format(Format.JSON)
                .set("cairn.console.levels", "ERROR")
                .file(Path.of("all.log")))) {
            logEveryLevel(system, "a");
        }
        assertThat(console.toString().lines()).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("all.log"))).hasSize(6);
    }

    @Test
    void badSinkOptions_areReportedAndTheSinkStillWorks() throws IOException {
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        Properties properties = new Properties();
        properties.setProperty("cairn.sink.x.path", "x.log");
        properties.setProperty("cairn.sink.x.levels", "LOUD-QUIET");
        properties.setProperty("cairn.sink.x.colour", "red");
        properties.setProperty("cairn.sink.nopath.levels", "WARN");
        properties.setProperty("cairn.file.max-bytes", "lots");
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(properties)
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new java.io.PrintStream(diagnostics, true, java.nio.charset.StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none"))
                .build()) {
            system.logger("a").info("still written");
        }
        assertThat(messages("x.log")).containsExactly("still written");
        assertThat(diagnostics.toString().lines())
                .containsExactlyInAnyOrder(
                        "cairn: invalid value \"LOUD-QUIET\" for cairn.sink.x.levels from system property cairn.sink.x.levels:"
                                + " expected a level (that level and above) or a range such as DEBUG-WARN; using every level",
                        "cairn: unknown key cairn.sink.x.colour: the options here are path, format, levels, loggers, kinds,"
                                + " json.schema, max-bytes, backups, rotate, rotate.zone, max-total-bytes, max-age, compress, fsync,"
                                + " fsync.interval, encryption.key-file, encryption.mode, encryption.checkpoint.records,"
                                + " encryption.checkpoint.interval, encryption.evolve.records, encryption.key-env,"
                                + " encryption.keystore, encryption.keystore-alias, encryption.keystore-password-env (in"
                                + " system property"
                                + " cairn.sink.x.colour); ignored",
                        "cairn: sink nopath has no cairn.sink.nopath.path; it is left out",
                        "cairn: invalid value \"lots\" for cairn.file.max-bytes from system property cairn.file.max-bytes:"
                                + " expected a size in bytes such as 10485760, 10MB or 512KB (KB = 1024 bytes); 0 for no size"
                                + " rotation; using the default 10MB");
    }
}
