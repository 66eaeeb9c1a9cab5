package dev.cairn.syslog;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code syslog} sink against a real rsyslogd started by the test: what rsyslog parsed (header fields, each
 * SD-PARAM, MSG) is what was logged, over UDP, TCP and TLS, hostile values included; a stopped rsyslog loses nothing.
 */
class SyslogToRsyslogTest {

    private static final String APP = "shop-api";
    private static final String SD = "cairn@32473";
    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private LogSystem syslog(Clock clock, Map<String, String> environment, Map<String, String> options) {
        return LogSystem.builder()
                .environment(environment)
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .clock(clock)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .set("cairn.level", "TRACE")
                            .set("cairn.service", APP)
                            .set("cairn.host", "web-7.example.com")
                            .set("cairn.sink.syslog.type", "syslog")
                            .set("cairn.sink.syslog.host", "127.0.0.1")
                            .set("cairn.sink.syslog.batch.max-delay", "10ms")
                            .set("cairn.sink.syslog.retry.initial-backoff", "10ms")
                            .set("cairn.sink.syslog.retry.max-backoff", "100ms");
                    options.forEach(c::set);
                })
                .build();
    }

    private LogSystem syslog(Map<String, String> options) {
        return syslog(Clock.systemUTC(), Map.of(), options);
    }

    private static Map<String, String> tcp(Rsyslog rsyslog) {
        return Map.of("cairn.sink.syslog.protocol", "tcp", "cairn.sink.syslog.port", "" + rsyslog.tcpPort());
    }

    private static Map<String, String> udp(Rsyslog rsyslog) {
        return Map.of("cairn.sink.syslog.protocol", "udp", "cairn.sink.syslog.port", "" + rsyslog.udpPort());
    }

    private static JsonNode sd(JsonNode message) {
        return message.path("$!").path("rfc5424-sd").path(SD);
    }

    private static String msg(JsonNode message) {
        String msg = message.path("msg").asText();
        assertThat(msg).as("MSG starts with the UTF-8 byte order mark").startsWith(BOM);
        return msg.substring(1);
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tcp_everyHeaderFieldAndSdParamArrivesAsLogged() throws Exception {
        Instant at = Instant.parse("2026-12-02T08:15:30.123456789Z");
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"))) {
            try (LogSystem system = syslog(
                    Clock.fixed(at, ZoneOffset.UTC),
                    Map.of(),
                    Map.of(
                            "cairn.sink.syslog.protocol", "tcp",
                            "cairn.sink.syslog.port", "" + rsyslog.tcpPort(),
                            "cairn.sink.syslog.facility", "local3"))) {
                Logger log = system.logger("shop.Checkout");
                try (var scope = LogContext.with("request_id", "r-42").open()) {
                    log.warn(
                            "Payment {} retried",
                            "p-1",
                            kv("msgid", "PAYMENT"),
                            kv("amount", 99.5),
                            kv("password", "hunter2"),
                            kv("items", List.of("a", "b")));
                }
                log.info("second");
                List<JsonNode> messages = rsyslog.awaitMessages(APP, 2);
                JsonNode first = messages.get(0);
                assertThat(first.path("pri").asText()).isEqualTo("" + (19 * 8 + 4));
                assertThat(first.path("syslogfacility").asText()).isEqualTo("19");
                assertThat(first.path("syslogseverity").asText()).isEqualTo("4");
                assertThat(first.path("protocol-version").asText()).isEqualTo("1");
                assertThat(first.path("timereported").asText()).isEqualTo("2026-12-02T08:15:30.123456Z");
                assertThat(first.path("hostname").asText()).isEqualTo("web-7.example.com");
                assertThat(first.path("app-name").asText()).isEqualTo(APP);
                assertThat(first.path("procid").asText())
                        .isEqualTo("" + ProcessHandle.current().pid());
                assertThat(first.path("msgid").asText()).isEqualTo("PAYMENT");
                assertThat(msg(first)).isEqualTo("Payment p-1 retried");
                JsonNode params = sd(first);
                assertThat(params.path("logger").asText()).isEqualTo("shop.Checkout");
                assertThat(params.path("level").asText()).isEqualTo("WARN");
                assertThat(params.path("thread").asText()).isNotEmpty();
                assertThat(params.path("request_id").asText()).isEqualTo("r-42");
                assertThat(params.path("amount").asText()).isEqualTo("99.5");
                assertThat(params.path("password").asText()).isEqualTo("[REDACTED]");
                assertThat(params.path("items").asText()).isEqualTo("[\"a\",\"b\"]");
                assertThat(params.has("msgid")).isFalse();
                assertThat(first.path("rawmsg").asText()).doesNotContain("hunter2");

                JsonNode second = messages.get(1);
                assertThat(second.path("msgid").asText()).isEqualTo("-");
                assertThat(second.path("syslogseverity").asText()).isEqualTo("6");
                assertThat(msg(second)).isEqualTo("second");
            }
        }
    }

    @Test
    void messageJson_carriesCairnsJsonLineInMsg_withoutStructuredData() throws Exception {
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"))) {
            Map<String, String> options = new HashMap<>(tcp(rsyslog));
            options.put("cairn.sink.syslog.message", "json");
            try (LogSystem system = syslog(options)) {
                system.logger("shop").info("Order {} paid", 7, kv("order_id", 7), kv("token", "t-secret"));
            }
            JsonNode message = rsyslog.awaitMessages(APP, 1).get(0);
            assertThat(message.path("structured-data").asText()).isEqualTo("-");
            JsonNode record = dev.cairn.testing.JsonLines.parse(msg(message));
            assertThat(record.path("message").asText()).isEqualTo("Order 7 paid");
            assertThat(record.path("order_id").asInt()).isEqualTo(7);
            assertThat(record.path("token").asText()).isEqualTo("[REDACTED]");
            assertThat(record.path("logger").asText()).isEqualTo("shop");
        }
    }

    @Test
    void hostileNamesValuesAndMsgid_arriveAsLogged_withoutForgingAMessage() throws Exception {
        String big = "x".repeat(10_000) + "\"]\\";
        Map<String, String> values = new HashMap<>();
        values.put("quote", "say \"hi\"");
        values.put("bracket", "a]b] [forged@1 x=\"y\"]");
        values.put("backslash", "c:\\dir\\");
        values.put("newline", "line1\n<14>1 2026-01-01T00:00:00Z evil app - - - forged\r\nline3");
        values.put("escape", "\u001b[31mred\u001b[0m");
        values.put("unicode", "größe ☃ 𝄞 日本");
        values.put("big", big);
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"));
                LogSystem system = syslog(tcp(rsyslog))) {
            Logger log = system.logger("hostile");
            log.atInfo()
                    .with("quote", values.get("quote"))
                    .with("bracket", values.get("bracket"))
                    .with("backslash", values.get("backslash"))
                    .with("newline", values.get("newline"))
                    .with("escape", values.get("escape"))
                    .with("unicode", values.get("unicode"))
                    .with("big", big)
                    .with("na me=\"x\"]\n", "odd name")
                    .with("msgid", "bad id\n<14>1 forged")
                    .log("message with \"quotes\"] and\nnewline <13>1 - - - - - - forged");
            log.info("after", kv("n", 2));
            List<JsonNode> messages = rsyslog.awaitMessages(APP, 2);
            Await.until(() -> rsyslog.messages().size(), n -> n >= 2, () -> "messages: " + rsyslog.messages());
            assertThat(rsyslog.messages()).as("no forged message").hasSize(2);
            JsonNode first = messages.get(0);
            JsonNode params = sd(first);
            values.forEach((key, value) ->
                    assertThat(params.path(key).asText()).as(key).isEqualTo(value));
            assertThat(params.path("na_me__x___").asText()).isEqualTo("odd name");
            assertThat(first.path("msgid").asText()).isEqualTo("bad_id_<14>1_forged");
            assertThat(msg(first)).isEqualTo("message with \"quotes\"] and\nnewline <13>1 - - - - - - forged");
            assertThat(msg(messages.get(1))).isEqualTo("after");
            assertThat(sd(messages.get(1)).path("n").asText()).isEqualTo("2");
        }
    }

    @Test
    void stackTrace_arrivesInsideItsOneMessage_overTcpAndUdp() throws Exception {
        IllegalStateException error = new IllegalStateException("card declined", new RuntimeException("gateway down"));
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"))) {
            for (Map<String, String> protocol : List.of(tcp(rsyslog), udp(rsyslog))) {
                Map<String, String> options = new HashMap<>(protocol);
                options.put("cairn.sink.syslog.max-message-size", "65000");
                try (LogSystem system = syslog(options)) {
                    system.logger("pay").error("charge failed", error);
                }
            }
            List<JsonNode> messages = rsyslog.awaitMessages(APP, 2);
            assertThat(rsyslog.messages()).hasSize(2);
            for (JsonNode message : messages) {
                String msg = msg(message);
                assertThat(msg).startsWith("charge failed\njava.lang.IllegalStateException: card declined\n\tat ");
                assertThat(msg).contains("\nCaused by: java.lang.RuntimeException: gateway down");
                assertThat(msg.lines().count()).isGreaterThan(5);
                assertThat(message.path("syslogseverity").asText()).isEqualTo("3");
            }
            assertThat(messages)
                    .extracting(m -> m.path("inputname").asText())
                    .containsExactlyInAnyOrder("imtcp", "imudp");
        }
    }

    @Test
    void udp_oneDatagramPerRecord_cutAtMaxMessageSize_andTheCutCounted() throws Exception {
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"));
                LogSystem system = syslog(udp(rsyslog))) {
            Logger log = system.logger("udp");
            for (int i = 0; i < 20; i++) {
                log.info("small {}", i, kv("i", i));
            }
            log.info("big", kv("text", "é".repeat(3000)));
            List<JsonNode> messages = rsyslog.awaitMessages(APP, 21);
            assertThat(messages.subList(0, 20))
                    .extracting(m -> sd(m).path("i").asInt())
                    .containsExactlyInAnyOrderElementsOf(
                            java.util.stream.IntStream.range(0, 20).boxed().collect(Collectors.toList()));
            JsonNode cut =
                    messages.stream().filter(m -> sd(m).has("text")).findFirst().orElseThrow();
            assertThat(cut.path("rawmsg").asText().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(2048)
                    .isGreaterThan(2000);
            assertThat(sd(cut).path("text").asText()).matches("é{900,}");
            assertThat(sd(cut).path("logger").asText()).isEqualTo("udp");
            assertThat(diagnostics()).contains("cut a message of").contains("1 messages cut so far");
            assertThat(system.stats().sink("syslog").delivery().delivered()).isEqualTo(21);
            assertThat(system.stats().sink("syslog").cut()).isEqualTo(1);
        }
    }

    /** A TLS sink to {@code port} that trusts {@code certificates}' CA and presents its client certificate. */
    private static Map<String, String> tls(int port, Certificates certificates) {
        return Map.of(
                "cairn.sink.syslog.protocol",
                "tls",
                "cairn.sink.syslog.host",
                "localhost",
                "cairn.sink.syslog.port",
                "" + port,
                "cairn.sink.syslog.tls.trust-store",
                certificates.caPem().toString(),
                "cairn.sink.syslog.tls.key-store",
                certificates.clientP12().toString(),
                "cairn.sink.syslog.tls.key-store-password",
                "${SYSLOG_KEY_PASSWORD}");
    }

    @Test
    void tls_withAClientCertificate_deliversToRsyslog() throws Exception {
        Certificates certificates = Certificates.create(java.nio.file.Files.createDirectories(dir.resolve("tls")));
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"), certificates);
                LogSystem system = syslog(
                        Clock.systemUTC(),
                        Map.of("SYSLOG_KEY_PASSWORD", certificates.password()),
                        tls(rsyslog.tcpPort(), certificates))) {
            Logger log = system.logger("tls");
            for (int i = 0; i < 100; i++) {
                log.info("over tls {}", i, kv("i", i), kv("note", "q\"]\\"));
            }
            List<JsonNode> messages = rsyslog.awaitMessages(APP, 100);
            assertThat(messages)
                    .extracting(m -> sd(m).path("i").asInt())
                    .containsExactlyElementsOf(
                            java.util.stream.IntStream.range(0, 100).boxed().collect(Collectors.toList()));
            assertThat(messages)
                    .allSatisfy(m -> assertThat(sd(m).path("note").asText()).isEqualTo("q\"]\\"));
            assertThat(msg(messages.get(7))).isEqualTo("over tls 7");
        }
        assertThat(diagnostics()).doesNotContain(certificates.password());
    }

    @Test
    void tls_toAServerWhoseCertificateIsNotTrusted_sendsNothing_andKeepsTheRecords() throws Exception {
        Certificates server = Certificates.create(java.nio.file.Files.createDirectories(dir.resolve("server-ca")));
        Certificates other = Certificates.create(java.nio.file.Files.createDirectories(dir.resolve("other-ca")));
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"), server);
                LogSystem system = syslog(
                        Clock.systemUTC(),
                        Map.of("SYSLOG_KEY_PASSWORD", other.password()),
                        tls(rsyslog.tcpPort(), other))) {
            system.logger("tls").info("must not reach an unverified server");
            LogStats.DeliveryStats stats = Await.until(
                    () -> system.stats().sink("syslog").delivery(),
                    s -> s.retried() >= 2,
                    () -> "retried: " + system.stats().sink("syslog"));
            assertThat(stats.delivered()).isZero();
            assertThat(stats.inFlight() + stats.inSpool()).isEqualTo(1);
            assertThat(rsyslog.messages()).isEmpty();
        }
        assertThat(diagnostics()).contains("SSLHandshakeException").doesNotContain(other.password());
    }

    @Test
    void rsyslogStoppedMidStreamOverTcp_andRestarted_everyRecordArrives() throws Exception {
        try (Rsyslog rsyslog = Rsyslog.start(dir.resolve("rsyslog"));
                LogSystem system = syslog(Map.of(
                        "cairn.sink.syslog.protocol", "tcp",
                        "cairn.sink.syslog.port", "" + rsyslog.tcpPort(),
                        "cairn.sink.syslog.batch.max-records", "50"))) {
            Logger log = system.logger("restart");
            for (int i = 0; i < 1000; i++) {
                log.info("record {}", i, kv("i", i));
            }
            rsyslog.awaitMessages(APP, 1000);
            rsyslog.stop();
            // The outage is 20 s of real time: records keep coming, paced at about 2,000 a second.
            long downUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int next = 1000;
            while (System.nanoTime() - downUntil < 0) {
                log.info("record {}", next, kv("i", next));
                if (++next % 100 == 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                }
            }
            Await.until(
                    () -> system.stats().sink("syslog").delivery(),
                    stats -> stats.spooled() > 0 && stats.retried() > 0,
                    () -> "spooled while rsyslog is down: " + system.stats().sink("syslog"));
            rsyslog.restart();
            int total = next + 1000;
            for (int i = next; i < total; i++) {
                log.info("record {}", i, kv("i", i));
            }
            List<JsonNode> messages = rsyslog.awaitMessages(APP, total);
            Set<Integer> ids =
                    messages.stream().map(m -> sd(m).path("i").asInt()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(ids).hasSize(total).first().isEqualTo(0);
            assertThat(ids).last().isEqualTo(total - 1);
            LogStats.DeliveryStats stats = Await.until(
                    () -> system.stats().sink("syslog").delivery(),
                    s -> s.inFlight() == 0 && s.inSpool() == 0,
                    () -> "all delivered: " + system.stats().sink("syslog"));
            assertThat(stats.dropped()).isZero();
            assertThat(stats.rejected()).isZero();
            assertThat(messages.size() - (long) total).isLessThanOrEqualTo(stats.maybeDuplicated());
        }
    }
}
