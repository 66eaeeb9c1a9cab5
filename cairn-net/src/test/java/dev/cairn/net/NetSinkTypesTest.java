package dev.cairn.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.net.internal.TcpSinkProvider;
import dev.cairn.net.internal.UdpSinkProvider;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.Await;
import dev.cairn.testing.ServiceRegistration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tcp and udp types as a configuration meets them: found, validated, and spooling while nothing listens. */
class NetSinkTypesTest {

    @TempDir
    Path dir;

    private LogSystem logs(ByteArrayOutputStream diagnostics, Map<String, String> environment, String... keyValues) {
        return LogSystem.builder()
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> {
                    c.set("cairn.console", "none");
                    for (int i = 0; i < keyValues.length; i += 2) {
                        c.set(keyValues[i], keyValues[i + 1]);
                    }
                })
                .build();
    }

    @Test
    void providers_areFoundByServiceLoader_andTheServicesFileMatchesModuleInfo() throws Exception {
        List<String> types = ServiceLoader.load(SinkProvider.class).stream()
                .map(p -> p.get().type())
                .collect(Collectors.toList());
        assertThat(types).contains("tcp", "udp");
        ServiceRegistration registration = ServiceRegistration.of(TcpSinkProvider.class, SinkProvider.class);
        assertThat(registration.declared())
                .containsExactlyInAnyOrder(TcpSinkProvider.class.getName(), UdpSinkProvider.class.getName());
        assertThat(registration.listed()).isEqualTo(registration.declared());
    }

    @Test
    void tokenFromAnUnsetVariable_leavesTheSinkOut_namingTheVariable_neverAValue() {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try (LogSystem system = logs(
                diagnostics,
                Map.of("OTHER_SECRET", "do-not-print"),
                "cairn.sink.net.type",
                "tcp",
                "cairn.sink.net.host",
                "127.0.0.1",
                "cairn.sink.net.token",
                "${SHIP_TOKEN}")) {
            system.logger("a").info("x");
        }
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .contains("cannot open sink net of type tcp")
                .contains("the value of token uses ${SHIP_TOKEN}, which is not set")
                .doesNotContain("do-not-print");
    }

    @Test
    void badPortAndDatagramSize_areReportedWithWhatIsAllowed() {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try (LogSystem system = logs(
                diagnostics,
                Map.of(),
                "cairn.sink.d.type",
                "udp",
                "cairn.sink.d.host",
                "127.0.0.1",
                "cairn.sink.d.port",
                "70000",
                "cairn.sink.d.max-datagram-bytes",
                "100")) {
            system.logger("a").info("x");
        }
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .contains("cairn.sink.d.port")
                .contains("a whole number from 1 to 65535")
                .contains("cairn.sink.d.max-datagram-bytes")
                .contains("a whole number from 512 to 65507");
    }

    @Test
    void nothingListening_recordsWaitInTheSpool_andLoggingNeverBlocks() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try (LogSystem system = logs(
                diagnostics,
                Map.of(),
                "cairn.sink.net.type",
                "tcp",
                "cairn.sink.net.host",
                "127.0.0.1",
                "cairn.sink.net.port",
                String.valueOf(port),
                "cairn.sink.net.batch.max-records",
                "100",
                "cairn.sink.net.spool.dir",
                dir.resolve("spool").toString(),
                "cairn.shutdown.timeout",
                "1s")) {
            for (int i = 0; i < 5_000; i++) {
                system.logger("a").info("record {}", i);
            }
            LogStats.DeliveryStats stats = Await.until(
                    () -> system.stats().sink("net").delivery(),
                    s -> s.inSpool() + s.inFlight() == 5_000 && s.retried() > 0,
                    () -> "all waiting: " + system.stats().sink("net"));
            assertThat(stats.delivered()).isZero();
            assertThat(stats.dropped()).isZero();
            assertThat(stats.maybeDuplicated())
                    .as("never sent: the connection was refused")
                    .isZero();
        }
    }
}
