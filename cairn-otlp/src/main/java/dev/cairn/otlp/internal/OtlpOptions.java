package dev.cairn.otlp.internal;

import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.spi.SinkOption;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The options of the {@code otlp} sink type, set as {@code cairn.sink.<name>.<option>}. */
final class OtlpOptions {

    static final String HTTP_PROTOBUF = "http/protobuf";
    static final String HTTP_JSON = "http/json";

    /** The collector's base URL; empty means the OTEL_* environment variables, else {@code http://localhost:4318}. */
    static final SinkOption<String> ENDPOINT =
            SinkOption.of("endpoint", "an http or https URL such as http://collector:4318", "", OtlpOptions::url);

    /** The encoding; empty means OTEL_EXPORTER_OTLP_PROTOCOL, else {@code http/protobuf}. */
    static final SinkOption<String> PROTOCOL =
            SinkOption.of("protocol", "http/protobuf or http/json", "", OtlpOptions::protocol);

    /** Extra request headers, {@code name=value,...}, values percent-encoded as in OTEL_EXPORTER_OTLP_HEADERS. */
    static final SinkOption<String> HEADERS =
            SinkOption.of("headers", "name=value pairs separated by commas (values percent-encoded)", "", raw -> {
                KeyValueList.parse(raw, "header");
                return raw;
            });

    /** Empty means the OTEL_EXPORTER_OTLP_[signal_]COMPRESSION variables, else {@code gzip}. */
    static final SinkOption<String> COMPRESSION =
            SinkOption.of("compression", "gzip or none", "", OtlpOptions::compression);

    /** Empty means the OTEL_EXPORTER_OTLP_[signal_]TIMEOUT variables (milliseconds), else 10 s. */
    static final SinkOption<Optional<Duration>> TIMEOUT = SinkOption.of(
            "timeout",
            "a duration from 1ms to 10m, such as 10s or 500ms",
            Optional.empty(),
            raw -> Optional.of(duration(raw)));

    static final SinkOption<String> FLOWS = SinkOption.choice("flows", "both", "spans", "logs", "both");

    static final SinkOption<String> SERVICE_VERSION =
            SinkOption.of("service.version", "a version text of 1 to 256 characters", "", OtlpOptions::text);

    static final SinkOption<String> ENVIRONMENT =
            SinkOption.of("deployment.environment", "a name of 1 to 256 characters", "", OtlpOptions::text);

    /** Every option of the type, the delivery engine's included. */
    static final List<SinkOption<?>> ALL = all();

    private OtlpOptions() {}

    private static List<SinkOption<?>> all() {
        List<SinkOption<?>> all = new ArrayList<>(
                List.of(ENDPOINT, PROTOCOL, HEADERS, COMPRESSION, TIMEOUT, FLOWS, SERVICE_VERSION, ENVIRONMENT));
        all.addAll(DeliveryOptions.ALL);
        return List.copyOf(all);
    }

    static String protocol(String raw) {
        String value = raw.toLowerCase(Locale.ROOT);
        if (!value.equals(HTTP_PROTOBUF) && !value.equals(HTTP_JSON)) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    static String compression(String raw) {
        String value = raw.toLowerCase(Locale.ROOT);
        if (!value.equals("gzip") && !value.equals("none")) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    static String url(String raw) {
        URI uri = URI.create(raw);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null) {
            throw new IllegalArgumentException();
        }
        return raw;
    }

    private static Duration duration(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        Duration value;
        if (text.endsWith("ms")) {
            value = Duration.ofMillis(
                    Long.parseLong(text.substring(0, text.length() - 2).trim()));
        } else if (text.endsWith("s")) {
            value = Duration.ofSeconds(
                    Long.parseLong(text.substring(0, text.length() - 1).trim()));
        } else if (text.endsWith("m")) {
            value = Duration.ofMinutes(
                    Long.parseLong(text.substring(0, text.length() - 1).trim()));
        } else {
            throw new IllegalArgumentException();
        }
        if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static String text(String raw) {
        if (raw.isEmpty() || raw.length() > 256 || raw.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException();
        }
        return raw;
    }
}
