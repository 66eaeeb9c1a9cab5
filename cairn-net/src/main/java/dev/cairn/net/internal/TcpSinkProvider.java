package dev.cairn.net.internal;

import dev.cairn.Format;
import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocketFactory;

/**
 * The {@code tcp} sink type: Cairn's JSON lines over TCP or TLS to {@code cairn receive}, in batches the receiver
 * acknowledges once they are written, on the delivery engine (batching, retry, spool, counts).
 */
public final class TcpSinkProvider implements SinkProvider {

    static final SinkOption<String> HOST = SinkOption.required("host", "a host name or IP address", raw -> {
        if (raw.isEmpty() || raw.length() > 253 || !raw.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            throw new IllegalArgumentException();
        }
        return raw;
    });
    static final SinkOption<Integer> PORT = SinkOption.integer("port", 1, 65_535, 5170);
    static final SinkOption<Boolean> TLS = SinkOption.flag("tls", false);
    static final SinkOption<String> TRUST_STORE =
            SinkOption.of("tls.trust-store", "a PKCS12 or JKS file of trusted certificates", "", raw -> raw);
    /** Parsed in create: a credential, never echoed. */
    static final SinkOption<String> TRUST_STORE_PASSWORD = SinkOption.of(
            "tls.trust-store-password", "the trust store's password, ${VARIABLE} from the environment", "", r -> r);
    /** Parsed in create: a credential, never echoed. */
    static final SinkOption<String> TOKEN =
            SinkOption.of("token", "a token without spaces, ${VARIABLE} from the environment", "", raw -> raw);

    static final SinkOption<Duration> TIMEOUT = SinkOption.of(
            "timeout", "a duration from 1ms to 10m such as 10s", Duration.ofSeconds(10), TcpSinkProvider::timeout);

    @Override
    public String type() {
        return "tcp";
    }

    @Override
    public List<SinkOption<?>> options() {
        List<SinkOption<?>> options =
                new ArrayList<>(List.of(HOST, PORT, TLS, TRUST_STORE, TRUST_STORE_PASSWORD, TOKEN, TIMEOUT));
        options.addAll(DeliveryOptions.ALL);
        return options;
    }

    @Override
    public Sink create(SinkContext context) throws Exception {
        String token = SecretValue.resolve(context, "token", context.option(TOKEN));
        SSLSocketFactory tls = null;
        if (context.option(TLS)) {
            String store = context.option(TRUST_STORE);
            char[] password = SecretValue.resolve(
                            context, "tls.trust-store-password", context.option(TRUST_STORE_PASSWORD))
                    .toCharArray();
            tls = TrustStore.socketFactory(store.isEmpty() ? null : context.resolve(store), password);
        } else if (!context.option(TOKEN).isEmpty()) {
            context.report("sends its token without TLS: anyone on the path can read it (set tls=true)");
        }
        TcpTransport transport =
                new TcpTransport(context.option(HOST), context.option(PORT), tls, token, context.option(TIMEOUT));
        return new JsonLineSink(
                context.encoder(Format.JSON),
                UnaryOperator.identity(),
                DeliveryChannel.open(context, "", transport),
                "tcp sink, " + transport,
                () -> {});
    }

    private static Duration timeout(String raw) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)").matcher(raw);
        if (!m.matches()) {
            throw new IllegalArgumentException();
        }
        long amount = Long.parseLong(m.group(1));
        Duration value = m.group(2).equals("ms")
                ? Duration.ofMillis(amount)
                : m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMinutes(amount);
        if (value.isZero() || value.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException();
        }
        return value;
    }
}
