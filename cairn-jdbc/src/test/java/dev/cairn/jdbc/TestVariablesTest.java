package dev.cairn.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogSystem;
import dev.cairn.testing.SystemServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variables {@code .ci/run} sets for the tests are outside Cairn's {@code CAIRN_} namespace, so no log system in a
 * test (nor its child JVMs) reports them as unknown Cairn variables.
 */
class TestVariablesTest {

    @TempDir
    Path dir;

    @Test
    void theTestsOwnVariables_areNotReportedAsUnknownCairnVariables() {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of(
                        SystemServer.REQUIRE_VARIABLE,
                        "1",
                        PostgresDatabase.URL_VARIABLE,
                        "jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres"))
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> c.set("cairn.console", "none"))
                .build()) {
            system.logger("app").info("started");
        }

        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).doesNotContain("unknown environment variable");
    }
}
