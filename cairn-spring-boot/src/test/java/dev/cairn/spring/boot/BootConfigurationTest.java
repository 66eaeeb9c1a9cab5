package dev.cairn.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class BootConfigurationTest {

    private static BootConfiguration read(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return BootConfiguration.read(environment, LogFile.get(environment), null);
    }

    @Test
    void cairnKeysPassThrough_butNotTheStartersOwn() {
        BootConfiguration configuration = read(Map.of("cairn.host", "h1", "cairn.web.order", "5", "other.key", "x"));
        assertThat(configuration.keys()).containsEntry("cairn.host", "h1").doesNotContainKey("cairn.web.order");
        assertThat(configuration.keys().keySet()).allMatch(key -> key.startsWith("cairn."));
    }

    @Test
    void bootsFileProperties_winOverCairnKeys_andBootsRollingDefaultsFillTheRest() {
        BootConfiguration configuration = read(Map.of(
                "logging.file.name", "logs/app.log",
                "cairn.file", "other.log",
                "cairn.file.max-bytes", "1MB",
                "logging.logback.rollingpolicy.max-history", "3"));
        assertThat(configuration.keys())
                .containsEntry("cairn.file", "logs/app.log")
                .containsEntry("cairn.file.max-bytes", "1MB")
                .containsEntry("cairn.file.max-age", "3d")
                .containsEntry("cairn.file.rotate", "daily")
                .containsEntry("cairn.file.compress", "true");
    }

    @Test
    void explicitRollingSize_isBootsInBytes_andAnHourlyPatternRotatesHourly() {
        BootConfiguration configuration = read(Map.of(
                "logging.file.name", "app.log",
                "cairn.file.max-bytes", "1MB",
                "logging.logback.rollingpolicy.max-file-size", "4KB",
                "logging.logback.rollingpolicy.file-name-pattern", "app-%d{yyyy-MM-dd-HH}.%i.log"));
        assertThat(configuration.keys())
                .containsEntry("cairn.file.max-bytes", "4096")
                .containsEntry("cairn.file.rotate", "hourly")
                .containsEntry("cairn.file.compress", "false")
                .containsEntry("cairn.file.max-age", "7h");
    }

    @Test
    void structuredFormats_mapToCairnsJsonSchemas() {
        BootConfiguration configuration = read(Map.of(
                "logging.structured.format.console", "ecs",
                "logging.file.name", "app.log",
                "logging.structured.format.file", "logstash"));
        assertThat(configuration.keys())
                .containsEntry("cairn.format", "json")
                .containsEntry("cairn.json.schema", "ecs")
                .containsEntry("cairn.file.format", "json")
                .containsEntry("cairn.file.json.schema", "logstash");
        assertThat(configuration.problems()).isEmpty();
    }

    @Test
    void bootPropertiesCairnCannotHonour_areEachReportedInOneLine() {
        BootConfiguration configuration = read(Map.of(
                "logging.pattern.console", "%msg%n",
                "logging.structured.format.console", "com.example.MyFormatter",
                "logging.charset.console", "UTF-8"));
        assertThat(configuration.problems())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("logging.pattern.console is not used"))
                .anySatisfy(line ->
                        assertThat(line).contains("\"com.example.MyFormatter\" for logging.structured.format.console"));
        assertThat(configuration.keys()).doesNotContainKey("cairn.format");
    }

    @Test
    void consoleFormat_decidesWhetherTheBannerIsOff() {
        StandardEnvironment environment = new StandardEnvironment();
        assertThat(read(Map.of("cairn.format", "json")).consoleWritesJson(environment))
                .isTrue();
        assertThat(read(Map.of("cairn.format", "text")).consoleWritesJson(environment))
                .isFalse();
        assertThat(read(Map.of("cairn.profile", "dev")).consoleWritesJson(environment))
                .isFalse();
    }
}
