package dev.cairn.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.internal.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

    /** Values for the keys with no default, and a file so that the file's filter options take effect. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("cairn.profile", "prod"),
            Map.entry("cairn.service", "shop"),
            Map.entry("cairn.host", "web-1"),
            Map.entry("cairn.config", "app.properties"),
            Map.entry("cairn.file", "app.log"),
            Map.entry("cairn.file.encryption.key-file", "app.key"),
            Map.entry("cairn.service.version", "1.4.2"),
            Map.entry("cairn.environment", "prod"),
            Map.entry("cairn.file.json.schema", "ecs"),
            Map.entry("cairn.console.json.schema", "logstash"),
            Map.entry("cairn.file.encryption.key-env", "APP_SEAL_KEY"),
            Map.entry("cairn.file.encryption.keystore", "app.p12"),
            Map.entry("cairn.file.encryption.keystore-alias", "app"));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private Settings resolve(Map<String, String> environment, Properties properties) {
        return new ConfigResolver(
                        new ConfigSources(environment, properties, dir, null),
                        new Diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8)))
                .resolve(Map.of());
    }

    private List<String> lines() {
        return diagnostics.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everyDeclaredEnvironmentVariable_isReadAndItsDefaultIsValid() throws IOException {
        Files.writeString(dir.resolve("app.properties"), "");
        Map<String, String> environment = new HashMap<>();
        for (Key<?> key : ConfigKeys.environmentKeys()) {
            String value = SAMPLES.getOrDefault(key.property(), key.fallback().raw());
            assertThat(value).as(key.property()).isNotNull();
            key.environment().forEach(variable -> environment.put(variable, value));
        }
        assertThat(environment)
                .containsKeys(
                        "LOG_LEVEL",
                        "LOG_FORMAT",
                        "LOG_FILE",
                        "CAIRN_FILE_MAX_BYTES",
                        "LOG_MAX_BYTES",
                        "CAIRN_BACKUP_COUNT",
                        "CAIRN_CONSOLE_KINDS");

        Settings settings = resolve(environment, new Properties());

        assertThat(lines()).isEmpty();
        assertThat(settings.service()).isEqualTo("shop");
        assertThat(settings.dispatch().queueSize()).isEqualTo(16_384);
    }

    @Test
    void profileDefaults_areNamedInErrorLines() {
        resolve(Map.of("CAIRN_PROFILE", "dev", "CAIRN_LEVEL", "LOUD"), new Properties());
        resolve(Map.of("CAIRN_PROFILE", "prod", "CAIRN_FORMAT", "xml"), new Properties());

        assertThat(lines())
                .containsExactly(
                        "cairn: invalid value \"LOUD\" for cairn.level from environment variable CAIRN_LEVEL: expected one of"
                                + " TRACE, DEBUG, INFO, WARN, ERROR, FATAL, OFF (aliases WARNING, CRITICAL); using DEBUG (the dev"
                                + " profile's level)",
                        "cairn: invalid value \"xml\" for cairn.format from environment variable CAIRN_FORMAT: expected json,"
                                + " text or auto; using json (the prod profile's format)");
    }

    @Test
    void durationsTooLongToCount_areReportedInsteadOfThrown() {
        Properties properties = new Properties();
        properties.setProperty("cairn.file.fsync.interval", "P99999999999D");
        Settings settings =
                resolve(Map.of("CAIRN_SHUTDOWN_TIMEOUT", "999999999999d", "CAIRN_FILE", "app.log"), properties);

        assertThat(lines())
                .containsExactly(
                        "cairn: invalid value \"999999999999d\" for cairn.shutdown.timeout from environment variable"
                                + " CAIRN_SHUTDOWN_TIMEOUT: expected a duration such as 5s or 500ms; using the default 5s",
                        "cairn: invalid value \"P99999999999D\" for cairn.file.fsync.interval from system property"
                                + " cairn.file.fsync.interval: expected a duration such as 1s or 500ms, at least 1ms; using the"
                                + " default 1s");
        assertThat(settings.dispatch().shutdownTimeoutMillis()).isEqualTo(5_000);
        assertThat(settings.files().get(0).options().fsyncInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void configPathWithNul_isReportedInsteadOfThrown() {
        Properties properties = new Properties();
        properties.setProperty("cairn.config", "a\0b");

        resolve(Map.of(), properties);

        assertThat(lines())
                .containsExactly(
                        "cairn: invalid value \"a\\u0000b\" for cairn.config from system property"
                                + " cairn.config: expected the path of a readable properties file; using no configuration file");
    }
}
