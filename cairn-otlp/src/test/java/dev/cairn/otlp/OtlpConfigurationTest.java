package dev.cairn.otlp;

import static dev.cairn.otlp.OtlpLogsTest.attributes;
import static dev.cairn.otlp.OtlpLogsTest.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.otlp.OtlpReceiver.Response;
import dev.cairn.testing.Await;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, the standard OpenTelemetry environment variables and their precedence, bad values, answers through the sink. */
class OtlpConfigurationTest {

    @TempDir
    Path directory;

    private final OtlpReceiver receiver = new OtlpReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void otelEnvironment_setsEndpointHeadersAndResource_asTheSdkReadsThem() {
        Map<String, String> environment = Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.base() + "/",
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.base() + "/custom/spans",
                "OTEL_EXPORTER_OTLP_HEADERS", "Authorization=Bearer%20s3cret, x-tenant = acme ",
                "OTEL_SERVICE_NAME", "checkout",
                "OTEL_RESOURCE_ATTRIBUTES",
                        "service.name=ignored,service.version=2.0,team=a%2Cb," + "deployment.environment.name=prod");
        try (TestSystems test = new TestSystems(directory, environment, config -> {})) {
            test.system.logger("shop").info("hello");
            dev.cairn.flow.Flows.of(test.system).run("f", () -> {});
            test.system.flush();
            Await.until(receiver::requests, r -> r.size() >= 2, () -> "a log and a trace request");
            assertThat(test.diagnostics()).doesNotContain("s3cret");
        }
        assertThat(receiver.requests("/v1/logs")).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Authorization")).isEqualTo("Bearer s3cret");
            assertThat(request.header("x-tenant")).isEqualTo("acme");
        });
        assertThat(receiver.requests("/custom/spans")).isNotEmpty();
        assertThat(attributes(receiver.logs().get(0).resource().getResource().getAttributesList()))
                .containsEntry("service.name", string("checkout"))
                .containsEntry("service.version", string("2.0"))
                .containsEntry("team", string("a,b"))
                .containsEntry("deployment.environment.name", string("prod"));
    }

    @Test
    void cairnKeys_winOverTheEnvironment() {
        Map<String, String> environment = Map.of(
                "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", "http://127.0.0.1:9/v1/logs",
                "OTEL_EXPORTER_OTLP_HEADERS", "x-tenant=from-env",
                "OTEL_SERVICE_NAME", "from-env");
        try (TestSystems test = new TestSystems(
                directory,
                environment,
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.headers", "x-tenant=from-cairn")
                        .service("from-cairn"))) {
            test.system.logger("shop").info("hello");
            test.system.flush();
            Await.until(receiver::logs, logs -> !logs.isEmpty(), () -> "a record");
        }
        assertThat(receiver.requests().get(0).header("x-tenant")).isEqualTo("from-cairn");
        assertThat(attributes(receiver.logs().get(0).resource().getResource().getAttributesList()))
                .containsEntry("service.name", string("from-cairn"));
    }

    @Test
    void badValues_areReportedInOneLine_withoutHeaderValues() {
        Map<String, String> environment = Map.of(
                "OTEL_EXPORTER_OTLP_HEADERS", "Authorization=Bearer%zzs3cret",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "ftp://collector");
        try (TestSystems test = new TestSystems(
                directory,
                environment,
                config -> config.set("cairn.sink.otlp.protocol", "grpc").set("cairn.sink.otlp.timeout", "forever"))) {
            String diagnostics = test.diagnostics();
            assertThat(diagnostics)
                    .contains("cairn.sink.otlp.protocol")
                    .contains("http/protobuf or http/json")
                    .contains("cairn.sink.otlp.timeout")
                    .contains("ignoring OTEL_EXPORTER_OTLP_HEADERS: the value of header Authorization has a %")
                    .contains("ignoring OTEL_EXPORTER_OTLP_ENDPOINT: expected an http or https URL")
                    .doesNotContain("s3cret");
        }
    }

    @Test
    void aRejectedBatch_isNeverSentAgain_andLaterRecordsStillGo() {
        receiver.script(Response.status(400));
        try (TestSystems test = new TestSystems(
                directory,
                Map.of(),
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.headers", "Authorization=Bearer s3cret"))) {
            test.system.logger("shop").info("refused");
            test.system.flush();
            // The next record is logged once the first batch is answered, so the two never share a batch.
            Await.until(() -> test.system.stats().sink("otlp").delivery().rejected(), n -> n == 1, () -> "the 400");
            test.system.logger("shop").info("accepted");
            test.system.flush();
            Await.until(receiver::requests, r -> r.size() >= 2, () -> "two requests");
            Await.until(
                    () -> test.system.stats().sink("otlp").delivery().delivered(), n -> n == 1, () -> "one delivered");
            assertThat(test.system.stats().sink("otlp").delivery().rejected()).isEqualTo(1);
            assertThat(test.diagnostics()).doesNotContain("s3cret");
        }
        assertThat(receiver.requests()).hasSize(2);
        assertThat(receiver.logs())
                .extracting(log -> log.record().getBody().getStringValue())
                .containsExactly("refused", "accepted");
    }

    @Test
    void otelCompressionAndProtocol_perSignalVariableFirst_andKeysWin() {
        Map<String, String> environment = Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.base(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/json",
                "OTEL_EXPORTER_OTLP_COMPRESSION", "none",
                "OTEL_EXPORTER_OTLP_LOGS_COMPRESSION", "gzip");
        try (TestSystems test = new TestSystems(directory, environment, config -> {})) {
            test.system.logger("shop").info("hello");
            dev.cairn.flow.Flows.of(test.system).run("f", () -> {});
            test.system.flush();
            Await.until(() -> receiver.requests("/v1/traces"), r -> !r.isEmpty(), () -> "a trace request");
        }
        assertThat(receiver.requests("/v1/logs")).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("Content-Encoding")).isEqualTo("gzip");
        });
        assertThat(receiver.requests("/v1/traces")).allSatisfy(request -> {
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("Content-Encoding")).isNull();
        });
        assertThat(receiver.spans()).extracting(s -> s.span().getName()).containsExactly("f");
    }

    @Test
    void compressionKey_winsOverTheEnvironment() {
        Map<String, String> environment = Map.of("OTEL_EXPORTER_OTLP_COMPRESSION", "gzip");
        try (TestSystems test = new TestSystems(
                directory,
                environment,
                config -> config.set("cairn.sink.otlp.endpoint", receiver.base())
                        .set("cairn.sink.otlp.compression", "none"))) {
            test.system.logger("shop").info("hello");
            test.system.flush();
            Await.until(receiver::logs, logs -> !logs.isEmpty(), () -> "a record");
        }
        assertThat(receiver.requests("/v1/logs"))
                .allSatisfy(request ->
                        assertThat(request.header("Content-Encoding")).isNull());
    }

    @Test
    void otelTimeout_inMilliseconds_endsAnUnansweredRequest_whichIsSentAgain() {
        receiver.script(Response.hang());
        Map<String, String> environment =
                Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.base(), "OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "300");
        try (TestSystems test = new TestSystems(
                directory, environment, config -> config.set("cairn.sink.otlp.retry.initial-backoff", "10ms"))) {
            test.system.logger("shop").info("hello");
            test.system.flush();
            Await.until(
                    () -> test.system.stats().sink("otlp").delivery(),
                    stats -> stats.delivered() == 1,
                    () -> "the record delivered on the second attempt: " + test.system.stats());
            assertThat(test.system.stats().sink("otlp").delivery().maybeDuplicated())
                    .isEqualTo(1);
        }
        assertThat(receiver.requests("/v1/logs")).hasSize(2);
    }

    @Test
    void badOtelVariables_areReportedByName_andTheDefaultsUsed() {
        Map<String, String> environment = Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.base(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc",
                "OTEL_EXPORTER_OTLP_COMPRESSION", "br",
                "OTEL_EXPORTER_OTLP_TIMEOUT", "ten seconds");
        try (TestSystems test = new TestSystems(directory, environment, config -> {})) {
            test.system.logger("shop").info("hello");
            test.system.flush();
            Await.until(receiver::logs, logs -> !logs.isEmpty(), () -> "a record");
            assertThat(test.diagnostics())
                    .contains("ignoring OTEL_EXPORTER_OTLP_PROTOCOL: expected http/protobuf or http/json")
                    .contains("ignoring OTEL_EXPORTER_OTLP_COMPRESSION: expected gzip or none")
                    .contains("ignoring OTEL_EXPORTER_OTLP_TIMEOUT: expected a whole number of milliseconds");
        }
        assertThat(receiver.requests("/v1/logs")).allSatisfy(request -> {
            assertThat(request.header("Content-Type")).isEqualTo("application/x-protobuf");
            assertThat(request.header("Content-Encoding")).isEqualTo("gzip");
        });
    }
}
