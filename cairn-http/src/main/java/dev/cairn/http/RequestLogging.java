package dev.cairn.http;

import dev.cairn.Cairn;
import dev.cairn.LogSystem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How server integrations log requests: each request is a flow with {@code request_started} (DEBUG) and
 * {@code request_completed} (INFO; WARN for 4xx; ERROR for 5xx and exceptions) records, a validated or generated
 * {@code X-Request-ID}, redacted headers and query parameters, the client address behind trusted proxies only, and
 * per-request DEBUG for trusted callers.
 *
 * <pre>{@code
 * RequestLogging requests = RequestLogging.builder()
 *         .trustedProxies("10.0.0.0/8")
 *         .debugFrom("10.1.0.0/16")                            // X-Debug-Log: 1 honoured from here
 *         .sampleFastSuccesses(0.1, Duration.ofMillis(300))  // 10% of fast 2xx/3xx; errors and slow ones always
 *         .build();
 * }</pre>
 *
 * Immutable and thread-safe; build it once per server.
 */
public final class RequestLogging {

    /** Header values always written as {@code [REDACTED]}, matched case-insensitively. */
    public static final Set<String> SENSITIVE_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    final LogSystem system;
    final String logger;
    final Set<String> sensitiveHeaders;
    final List<AddressRange> trustedProxies;
    final List<AddressRange> debugFrom;
    final String debugSecretHeader;
    final byte[] debugSecret;
    final double sampleRate;
    final Duration slowThreshold;
    final Function<ServerExchange, String> label;

    private RequestLogging(Builder builder) {
        this.system = builder.system;
        this.logger = builder.logger;
        this.sensitiveHeaders = Set.copyOf(builder.sensitiveHeaders);
        this.trustedProxies = List.copyOf(builder.trustedProxies);
        this.debugFrom = List.copyOf(builder.debugFrom);
        this.debugSecretHeader = builder.debugSecretHeader;
        this.debugSecret = builder.debugSecret;
        this.sampleRate = builder.sampleRate;
        this.slowThreshold = builder.slowThreshold;
        this.label = builder.label;
    }

    /** A builder with the defaults: process-wide log system, no trusted proxies, no per-request debug, no sampling. */
    public static Builder builder() {
        return new Builder();
    }

    /** Request logging with the defaults. */
    public static RequestLogging defaults() {
        return builder().build();
    }

    /** Starts logging {@code exchange}: opens its flow and context and sets the response id headers. */
    public RequestScope begin(ServerExchange exchange) {
        return RequestScope.begin(this, exchange);
    }

    boolean isSensitiveHeader(String name) {
        return sensitiveHeaders.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Configures {@link RequestLogging}. Setters validate at once and throw {@link IllegalArgumentException}. */
    public static final class Builder {
        private LogSystem system;
        private String logger = "cairn.http";
        private final Set<String> sensitiveHeaders = new TreeSet<>(SENSITIVE_HEADERS);
        private final List<AddressRange> trustedProxies = new ArrayList<>();
        private final List<AddressRange> debugFrom = new ArrayList<>();
        private String debugSecretHeader;
        private byte[] debugSecret;
        private double sampleRate = 1.0;
        private Duration slowThreshold = Duration.ZERO;
        private Function<ServerExchange, String> label = RequestScope::defaultLabel;

        private Builder() {
            this.system = null;
        }

        /** The log system records go to; the process-wide one by default. */
        public Builder system(LogSystem system) {
            this.system = Objects.requireNonNull(system, "system");
            return this;
        }

        /** The logger of the request records; {@code cairn.http} by default. */
        public Builder logger(String logger) {
            this.logger = Objects.requireNonNull(logger, "logger");
            return this;
        }

        /** More headers whose values are written as {@code [REDACTED]}. */
        public Builder redactHeaders(String... names) {
            for (String name : names) {
                sensitiveHeaders.add(name.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * Proxies whose {@code X-Forwarded-For} is believed: the client address is the rightmost forwarded address
         * that is not itself a trusted proxy. Without a trusted direct peer the header is ignored.
         */
        public Builder trustedProxies(String... cidrs) {
            for (String cidr : cidrs) {
                trustedProxies.add(AddressRange.parse(cidr));
            }
            return this;
        }

        /** Client addresses whose {@code X-Debug-Log: 1} turns DEBUG on for their request. */
        public Builder debugFrom(String... cidrs) {
            for (String cidr : cidrs) {
                debugFrom.add(AddressRange.parse(cidr));
            }
            return this;
        }

        /** A header that must carry {@code secret} (compared in constant time) for {@code X-Debug-Log: 1} to count. */
        public Builder debugSecret(String header, String secret) {
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException("debug secret: expected at least 16 characters");
            }
            this.debugSecretHeader = Objects.requireNonNull(header, "header");
            this.debugSecret = secret.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Writes {@code request_completed} for only a share of the successful (status below 400) requests faster than
         * {@code slowerThan}; failed and slow requests are always written.
         */
        public Builder sampleFastSuccesses(double rate, Duration slowerThan) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("sampling rate " + rate + ": expected a number from 0 to 1");
            }
            this.sampleRate = rate;
            this.slowThreshold = Objects.requireNonNull(slowerThan, "slowerThan");
            return this;
        }

        /** How a request's flow is labelled; by default the method and route, e.g. {@code GET /orders/*}. */
        public Builder label(Function<ServerExchange, String> label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        public RequestLogging build() {
            if (system == null) {
                return new RequestLogging(system(Cairn.system()));
            }
            return new RequestLogging(this);
        }
    }
}
