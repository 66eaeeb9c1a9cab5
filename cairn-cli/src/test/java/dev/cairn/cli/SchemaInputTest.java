package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands read every JSON schema the core writes ({@code cairn.json.schema}) as they read Cairn's own: the same
 * records written by the core this build compiled ({@code dev.cairn.SchemaSample}, in a child JVM) to one file per
 * schema give the same {@code stats}, {@code flows}, {@code trace} and {@code view}.
 */
class SchemaInputTest {

    @TempDir
    static Path dir;

    private static JsonNode cairnStats;
    private static JsonNode cairnFlows;

    @BeforeAll
    static void writeTheSample() throws Exception {
        ChildJvm.Exit sample = ChildJvm.main("dev.cairn.SchemaSample")
                .in(dir)
                .jvmArguments("-Xmx128m")
                .arguments(dir.toString())
                .run(Duration.ofSeconds(60));
        assertThat(sample.stderr()).isEmpty();
        assertThat(sample.code()).isZero();
        cairnStats = stats("cairn");
        cairnFlows = flows("cairn");
        assertThat(cairnStats.get("records").asLong()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ecs", "gelf", "logstash", "otel"})
    void stats_countTheSameRecordsAsInCairnsSchema(String schema) throws Exception {
        JsonNode stats = stats(schema);
        for (String path :
                List.of("/records", "/levels", "/services", "/top_error_types", "/active_traces", "/top_loggers")) {
            assertThat(stats.at(path)).as(schema + " " + path).isEqualTo(cairnStats.at(path));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ecs", "gelf", "logstash", "otel"})
    void flows_findTheSameFlows(String schema) throws Exception {
        JsonNode flows = flows(schema);
        assertThat(flows.at("/flows").size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            JsonNode expected = cairnFlows.at("/flows/" + i);
            JsonNode actual = flows.at("/flows/" + i);
            for (String key : List.of("label", "count", "failed", "commonest_failed_at", "max_ms")) {
                assertThat(actual.get(key)).as(schema + " " + key).isEqualTo(expected.get(key));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ecs", "gelf", "logstash", "otel"})
    void trace_drawsTheFlowFromAnySchema(String schema) throws Exception {
        String flowId = cairnFlows.at("/flows/0/slowest/0/flow_id").asText();
        assertThat(flowId).isNotEmpty();
        CliRun.Result cairn = cli().run("trace", flowId, log("cairn"));
        CliRun.Result other = cli().run("trace", flowId, log(schema));
        assertThat(other.err()).isEmpty();
        assertThat(waterfall(other.out())).isEqualTo(waterfall(cairn.out())).contains("call_bank");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ecs", "gelf", "logstash", "otel"})
    void view_showsEveryRecordsMessage(String schema) throws Exception {
        CliRun.Result view = cli().run("view", "-o", "json", log(schema));
        assertThat(view.err()).isEmpty();
        List<String> messages = view.out()
                .lines()
                .map(line -> JsonLines.parse(line).path("message").asText())
                .toList();
        List<String> expected = cli().run("view", "-o", "json", log("cairn"))
                .out()
                .lines()
                .map(line -> JsonLines.parse(line).path("message").asText())
                .toList();
        assertThat(messages).isEqualTo(expected).contains("processed item 17 for user 42");
    }

    private static String log(String schema) {
        Path file = dir.resolve(schema + ".log");
        assertThat(file).exists();
        return file.toString();
    }

    private static JsonNode stats(String schema) throws Exception {
        return LogFixture.JSON.readTree(
                cli().run("stats", "-o", "json", log(schema)).out());
    }

    private static JsonNode flows(String schema) throws Exception {
        return LogFixture.JSON.readTree(
                cli().run("flows", "-o", "json", log(schema)).out());
    }

    /** The trace's waterfall: the lines from the {@code flow} header on (record lines show schema-specific fields). */
    private static String waterfall(String out) {
        int at = out.indexOf("\nflow ");
        return at < 0 ? "" : out.substring(at + 1);
    }
}
