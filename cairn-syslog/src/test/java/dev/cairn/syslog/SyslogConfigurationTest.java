package dev.cairn.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.Await;
import dev.cairn.testing.ServiceRegistration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options are reported in one clear line and never reach the application; a dead server never stalls it. */
class SyslogConfigurationTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem syslog(Map<String, String> environment, Map<String, String> options) {
        return LogSystem.builder()
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .set("cairn.shutdown.timeout", "1s")
                            .set("cairn.sink.syslog.type", "syslog")
                            .set("cairn.sink.syslog.host", "127.0.0.1");
                    options.forEach(c::set);
                })
                .build();
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theProvider_isRegisteredAlikeInModuleInfoAndMetaInfServices() {
        ServiceRegistration registration = ServiceRegistration.of(SyslogSinkProvider.class, SinkProvider.class);

        assertThat(registration.declared()).containsExactly(SyslogSinkProvider.class.getName());
        assertThat(registration.listed()).isEqualTo(registration.declared());
    }

    @Test
    void badOptions_areEachReportedWithWhatIsAllowed_andTheApplicationLogsOn() {
        try (LogSystem system = syslog(
                Map.of(),
                Map.of(
                        "cairn.sink.syslog.protocol", "ftp",
                        "cairn.sink.syslog.facility", "local9",
                        "cairn.sink.syslog.enterprise-number", "acme",
                        "cairn.sink.syslog.max-message-size", "99999999",
                        "cairn.sink.syslog.port", "70000"))) {
            system.logger("app").info("still logging");
        }
        assertThat(diagnostics())
                .contains("protocol")
                .contains("tcp, tls or udp")
                .contains("local9")
                .contains("local0 to local7")
                .contains("enterprise-number")
                .contains("max-message-size")
                .contains("expected a port from 1 to 65535, or auto (514, 6514 for tls); using the default auto");
    }

    @Test
    void aMissingPasswordVariable_isNamed_andNoPasswordIsEverPrinted() throws Exception {
        Path store = Files.writeString(dir.resolve("trust.p12"), "not a key store");
        try (LogSystem system = syslog(
                Map.of("TRUST_PASSWORD", "pw-s3cret"),
                Map.of(
                        "cairn.sink.syslog.protocol", "tls",
                        "cairn.sink.syslog.tls.trust-store", store.toString(),
                        "cairn.sink.syslog.tls.trust-store-password", "${TRUST_PASSWORD}",
                        "cairn.sink.syslog.tls.key-store", store.toString(),
                        "cairn.sink.syslog.tls.key-store-password", "${NOT_SET}"))) {
            system.logger("app").info("still logging");
        }
        assertThat(diagnostics()).contains("tls.key-store-password uses ${NOT_SET}, which is not set");
        diagnostics.reset();
        try (LogSystem system = syslog(
                Map.of("TRUST_PASSWORD", "pw-s3cret"),
                Map.of(
                        "cairn.sink.syslog.protocol", "tls",
                        "cairn.sink.syslog.tls.trust-store", store.toString(),
                        "cairn.sink.syslog.tls.trust-store-password", "${TRUST_PASSWORD}"))) {
            system.logger("app").info("still logging");
        }
        assertThat(diagnostics())
                .contains("tls.trust-store")
                .contains("trust.p12")
                .doesNotContain("pw-s3cret");
    }

    @Test
    void aServerThatIsDown_neverStallsTheApplication_itsRecordsWaitInTheSpool() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LogSystem system = syslog(
                Map.of(),
                Map.of(
                        "cairn.sink.syslog.port", "" + port,
                        "cairn.sink.syslog.batch.max-records", "100",
                        "cairn.sink.syslog.batch.max-delay", "10ms",
                        "cairn.sink.syslog.retry.initial-backoff", "10ms"))) {
            Logger log = system.logger("app");
            for (int i = 0; i < 20_000; i++) {
                log.info("record {}", i);
            }
            LogStats.DeliveryStats stats = Await.until(
                    () -> system.stats().sink("syslog").delivery(),
                    s -> s.inSpool() + s.inFlight() == 20_000 && s.retried() > 0,
                    () -> "all 20000 waiting: " + system.stats().sink("syslog"));
            assertThat(stats.delivered()).isZero();
            assertThat(stats.dropped()).isZero();
            assertThat(stats.spooled()).isPositive();
        }
        try (var files = Files.list(dir.resolve("cairn-spool/syslog"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".spool")))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                            .isEqualTo("rw-------"));
        }
    }
}
