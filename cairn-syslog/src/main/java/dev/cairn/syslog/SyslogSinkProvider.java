package dev.cairn.syslog;

import dev.cairn.Format;
import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.delivery.Transport;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import dev.cairn.syslog.internal.DatagramTransport;
import dev.cairn.syslog.internal.Facility;
import dev.cairn.syslog.internal.OctetCountingTransport;
import dev.cairn.syslog.internal.Rfc5424Encoder;
import dev.cairn.syslog.internal.SyslogSink;
import dev.cairn.syslog.internal.TlsSockets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;

/**
 * The {@code syslog} sink type: each record as one RFC 5424 message to a syslog server over UDP, TCP or TLS, through
 * Cairn's delivery engine (batching, retries, disk spool, accounting). Mapping and options: {@code docs/shipping.md}.
 *
 * <pre>{@code
 * cairn.sink.syslog.type=syslog
 * cairn.sink.syslog.protocol=tls
 * cairn.sink.syslog.host=logs.example.com
 * cairn.sink.syslog.tls.trust-store=/etc/ssl/syslog-ca.pem
 * }</pre>
 */
public final class SyslogSinkProvider implements SinkProvider {

    /** The type name, {@code syslog}. */
    public static final String TYPE = "syslog";

    /** {@code protocol}: {@code tcp} (the default), {@code tls} or {@code udp}. */
    public static final SinkOption<String> PROTOCOL = SinkOption.choice("protocol", "tcp", "tcp", "tls", "udp");

    /** {@code host}: the syslog server's host name or address, {@code localhost} by default. */
    public static final SinkOption<String> HOST = SinkOption.text("host", "a host name or address", "localhost");

    /** {@code port}: the server's port; {@code auto} (the default) is 514 for {@code udp} and {@code tcp}, 6514 for TLS. */
    public static final SinkOption<String> PORT =
            SinkOption.of("port", "a port from 1 to 65535, or auto (514, 6514 for tls)", "auto", raw -> port(raw));

    /** {@code facility}: the facility of every message, by name or code; {@code user} by default. */
    public static final SinkOption<String> FACILITY =
            SinkOption.of("facility", Facility.ALLOWED, "user", raw -> Facility.name(Facility.parse(raw)));

    /** {@code app-name}: the APP-NAME header field; the log system's service name by default. */
    public static final SinkOption<String> APP_NAME =
            SinkOption.of("app-name", "up to 48 printable ASCII characters", "", raw -> appName(raw));

    /** {@code enterprise-number}: the private enterprise number in the structured data's id {@code cairn@<number>}. */
    public static final SinkOption<String> ENTERPRISE_NUMBER = SinkOption.of(
            "enterprise-number",
            "an IANA private enterprise number such as 32473 or 32473.1",
            "32473",
            raw -> enterpriseNumber(raw));

    /** {@code message}: {@code text} (message and stack trace in MSG, fields as structured data) or {@code json}. */
    public static final SinkOption<String> MESSAGE = SinkOption.choice("message", "text", "text", "json");

    /** {@code max-message-size}: the longest UDP message in bytes; longer ones are cut and counted. */
    public static final SinkOption<Integer> MAX_MESSAGE_SIZE =
            SinkOption.integer("max-message-size", 480, 65_507, 2048);

    /** {@code timeout}: how long connecting (and the TLS handshake) may take. */
    public static final SinkOption<Duration> TIMEOUT = SinkOption.of(
            "timeout", "a duration from 1ms to 10m such as 5s", Duration.ofSeconds(10), raw -> timeout(raw));

    /** {@code tls.trust-store}: the certificates trusted for the server, a PKCS#12, JKS or PEM file. */
    public static final SinkOption<String> TLS_TRUST_STORE =
            SinkOption.of("tls.trust-store", "a PKCS#12, JKS or PEM file", "", raw -> raw);

    /** {@code tls.trust-store-password}: its password, {@code ${VARIABLE}} taken from the environment. */
    public static final SinkOption<String> TLS_TRUST_STORE_PASSWORD =
            SinkOption.of("tls.trust-store-password", "a password or ${VARIABLE}", "", raw -> raw);

    /** {@code tls.key-store}: the client certificate and its key, a PKCS#12 or JKS file; none by default. */
    public static final SinkOption<String> TLS_KEY_STORE =
            SinkOption.of("tls.key-store", "a PKCS#12 or JKS file", "", raw -> raw);

    /** {@code tls.key-store-password}: its password (and the key's), {@code ${VARIABLE}} taken from the environment. */
    public static final SinkOption<String> TLS_KEY_STORE_PASSWORD =
            SinkOption.of("tls.key-store-password", "a password or ${VARIABLE}", "", raw -> raw);

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern PEN = Pattern.compile("[1-9][0-9]{0,9}(\\.[0-9]{1,10}){0,4}");

    /** The provider {@link java.util.ServiceLoader} creates. */
    public SyslogSinkProvider() {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        List<SinkOption<?>> options = new ArrayList<>(List.of(
                PROTOCOL,
                HOST,
                PORT,
                FACILITY,
                APP_NAME,
                ENTERPRISE_NUMBER,
                MESSAGE,
                MAX_MESSAGE_SIZE,
                TIMEOUT,
                TLS_TRUST_STORE,
                TLS_TRUST_STORE_PASSWORD,
                TLS_KEY_STORE,
                TLS_KEY_STORE_PASSWORD));
        options.addAll(DeliveryOptions.ALL);
        return options;
    }

    @Override
    public Sink create(SinkContext context) {
        String protocol = context.option(PROTOCOL);
        String host = context.option(HOST);
        String configuredPort = context.option(PORT);
        int port =
                !configuredPort.equals("auto") ? Integer.parseInt(configuredPort) : protocol.equals("tls") ? 6514 : 514;
        String appName = context.option(APP_NAME).isEmpty() ? context.service() : context.option(APP_NAME);
        Rfc5424Encoder encoder = new Rfc5424Encoder(
                Facility.parse(context.option(FACILITY)),
                context.host() != null ? context.host() : context.environmentVariable("HOSTNAME"),
                appName,
                Long.toString(ProcessHandle.current().pid()),
                "cairn@" + context.option(ENTERPRISE_NUMBER),
                context::isSensitive,
                context.maxValueLength(),
                context.option(MESSAGE).equals("json") ? context.encoder(Format.JSON) : null);
        Transport transport;
        if (protocol.equals("udp")) {
            transport = new DatagramTransport(host, port);
        } else {
            SSLSocketFactory tls = protocol.equals("tls") ? tls(context) : null;
            transport = new OctetCountingTransport(host, port, tls, context.option(TIMEOUT));
        }
        DeliveryChannel channel = DeliveryChannel.open(context, "", transport);
        return new SyslogSink(
                encoder,
                channel,
                protocol.equals("udp") ? context.option(MAX_MESSAGE_SIZE) : 0,
                context::report,
                transport.toString());
    }

    private static SSLSocketFactory tls(SinkContext context) {
        String trustStore = context.option(TLS_TRUST_STORE);
        String keyStore = context.option(TLS_KEY_STORE);
        return TlsSockets.factory(
                trustStore.isEmpty() ? null : context.resolve(trustStore),
                password(context, TLS_TRUST_STORE_PASSWORD),
                keyStore.isEmpty() ? null : context.resolve(keyStore),
                password(context, TLS_KEY_STORE_PASSWORD));
    }

    /** The password an option gives, {@code ${VARIABLE}}s filled in; the error names the variable, never the value. */
    private static char[] password(SinkContext context, SinkOption<String> option) {
        String raw = context.option(option);
        Matcher variables = VARIABLE.matcher(raw);
        StringBuilder password = new StringBuilder();
        while (variables.find()) {
            String value = context.environmentVariable(variables.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        option.name() + " uses ${" + variables.group(1) + "}, which is not set");
            }
            variables.appendReplacement(password, Matcher.quoteReplacement(value));
        }
        variables.appendTail(password);
        return password.toString().toCharArray();
    }

    private static String port(String raw) {
        if (raw.equalsIgnoreCase("auto")) {
            return "auto";
        }
        int port = Integer.parseInt(raw);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException();
        }
        return Integer.toString(port);
    }

    private static String appName(String raw) {
        if (raw.length() > 48 || !raw.chars().allMatch(c -> c >= '!' && c <= '~')) {
            throw new IllegalArgumentException();
        }
        return raw;
    }

    private static String enterpriseNumber(String raw) {
        if (!PEN.matcher(raw).matches()) {
            throw new IllegalArgumentException();
        }
        return raw;
    }

    private static Duration timeout(String raw) {
        Matcher m = Pattern.compile("([0-9]{1,9})(ms|s|m)").matcher(raw);
        if (!m.matches()) {
            throw new IllegalArgumentException();
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = m.group(2).equals("ms")
                ? Duration.ofMillis(amount)
                : m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMinutes(amount);
        if (duration.compareTo(Duration.ofMillis(1)) < 0 || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException();
        }
        return duration;
    }
}
