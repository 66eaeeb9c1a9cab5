package dev.cairn.otlp.internal;

import dev.cairn.spi.SinkContext;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One otlp sink's settings, from its options and the standard OpenTelemetry environment variables. A Cairn key, when
 * set, wins over the environment; a signal's own variable wins over the general one, as in the OpenTelemetry SDK:
 *
 * <ul>
 *   <li>URL: {@code endpoint} + {@code /v1/logs} (or {@code /v1/traces}), else OTEL_EXPORTER_OTLP_LOGS_ENDPOINT
 *       (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) as it is, else OTEL_EXPORTER_OTLP_ENDPOINT + the path, else
 *       {@code http://localhost:4318} + the path;
 *   <li>headers: OTEL_EXPORTER_OTLP_HEADERS, then OTEL_EXPORTER_OTLP_LOGS_HEADERS (TRACES_HEADERS), then
 *       {@code headers}, a later list replacing a header of the same name;
 *   <li>compression and timeout: {@code compression} / {@code timeout}, else the signal's
 *       OTEL_EXPORTER_OTLP_LOGS_COMPRESSION / _TIMEOUT (TRACES_), else OTEL_EXPORTER_OTLP_COMPRESSION / _TIMEOUT
 *       (milliseconds), else {@code gzip} and 10 s;
 *   <li>protocol: {@code protocol}, else OTEL_EXPORTER_OTLP_PROTOCOL ({@code grpc} is reported and not used), else
 *       {@code http/protobuf};
 *   <li>resource: {@code process.pid}, {@code host.name} (this machine), then OTEL_RESOURCE_ATTRIBUTES, then
 *       OTEL_SERVICE_NAME, then {@code cairn.service}, {@code cairn.host}, {@code service.version} and
 *       {@code deployment.environment}; {@code service.name} is {@code unknown_service:java} when nothing names it.
 * </ul>
 *
 * <p>A malformed variable is reported in one line naming it and what is expected (never a header's value) and left
 * out.
 */
final class OtlpConfig {

    static final String DEFAULT_ENDPOINT = "http://localhost:4318";
    /** Headers the HTTP client sets itself, or that Cairn sets from other options. */
    private static final Set<String> RESERVED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "content-type", "content-encoding");

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    final String protocol;
    final String flows;
    final List<Attribute> resource;
    private final SinkContext context;

    OtlpConfig(SinkContext context) {
        this.context = context;
        this.protocol = protocol();
        this.flows = context.option(OtlpOptions.FLOWS);
        this.resource = resource();
    }

    boolean spans() {
        return !flows.equals("logs");
    }

    boolean flowLogs() {
        return !flows.equals("spans");
    }

    URI uri(Signal signal) {
        String endpoint = context.option(OtlpOptions.ENDPOINT);
        if (!endpoint.isEmpty()) {
            return URI.create(withPath(endpoint, signal));
        }
        String own = "OTEL_EXPORTER_OTLP_" + signal.name() + "_ENDPOINT";
        String signalUrl = url(own);
        if (signalUrl != null) {
            return URI.create(signalUrl);
        }
        String general = url("OTEL_EXPORTER_OTLP_ENDPOINT");
        return URI.create(withPath(general != null ? general : DEFAULT_ENDPOINT, signal));
    }

    /** {@code compression}, else OTEL_EXPORTER_OTLP_LOGS_COMPRESSION (TRACES_), else OTEL_EXPORTER_OTLP_COMPRESSION. */
    boolean gzip(Signal signal) {
        String compression = context.option(OtlpOptions.COMPRESSION);
        if (compression.isEmpty()) {
            compression = variable(signal, "COMPRESSION", OtlpOptions::compression, OtlpOptions.COMPRESSION.allowed());
        }
        return compression == null || compression.equals("gzip");
    }

    /** {@code timeout}, else OTEL_EXPORTER_OTLP_LOGS_TIMEOUT (TRACES_), else OTEL_EXPORTER_OTLP_TIMEOUT, in ms. */
    Duration timeout(Signal signal) {
        Optional<Duration> configured = context.option(OtlpOptions.TIMEOUT);
        if (configured.isPresent()) {
            return configured.get();
        }
        Duration fromEnvironment = variable(
                signal,
                "TIMEOUT",
                OtlpConfig::milliseconds,
                "a whole number of milliseconds from 1 to " + MAX_TIMEOUT.toMillis());
        return fromEnvironment == null ? DEFAULT_TIMEOUT : fromEnvironment;
    }

    private String protocol() {
        String configured = context.option(OtlpOptions.PROTOCOL);
        if (!configured.isEmpty()) {
            return configured;
        }
        String fromEnvironment = variable(
                "OTEL_EXPORTER_OTLP_PROTOCOL",
                OtlpOptions::protocol,
                OtlpOptions.PROTOCOL.allowed() + " (Cairn does not speak grpc)");
        return fromEnvironment == null ? OtlpOptions.HTTP_PROTOBUF : fromEnvironment;
    }

    /** The signal's own variable {@code OTEL_EXPORTER_OTLP_<signal>_<suffix>}, else the general one, parsed. */
    private <T> T variable(Signal signal, String suffix, Function<String, T> parser, String allowed) {
        T own = variable("OTEL_EXPORTER_OTLP_" + signal.name() + "_" + suffix, parser, allowed);
        return own != null ? own : variable("OTEL_EXPORTER_OTLP_" + suffix, parser, allowed);
    }

    /** The variable parsed, or null when it is not set or is malformed (reported, naming it and what is allowed). */
    private <T> T variable(String name, Function<String, T> parser, String allowed) {
        String value = context.environmentVariable(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            context.report("ignoring " + name + ": expected " + allowed);
            return null;
        }
    }

    private static Duration milliseconds(String text) {
        Duration value = Duration.ofMillis(Long.parseLong(text));
        if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    Map<String, String> headers(Signal signal) {
        Map<String, String> headers = new LinkedHashMap<>();
        addHeaders(headers, "OTEL_EXPORTER_OTLP_HEADERS", context.environmentVariable("OTEL_EXPORTER_OTLP_HEADERS"));
        String own = "OTEL_EXPORTER_OTLP_" + signal.name() + "_HEADERS";
        addHeaders(headers, own, context.environmentVariable(own));
        addHeaders(headers, "cairn.sink." + context.name() + ".headers", context.option(OtlpOptions.HEADERS));
        return headers;
    }

    private void addHeaders(Map<String, String> headers, String source, String text) {
        Map<String, String> parsed;
        try {
            parsed = KeyValueList.parse(text, "header");
        } catch (IllegalArgumentException e) {
            context.report("ignoring " + source + ": " + e.getMessage());
            return;
        }
        for (Map.Entry<String, String> header : parsed.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (RESERVED_HEADERS.contains(name)) {
                context.report("ignoring header " + header.getKey() + " from " + source + ": Cairn sets it itself");
            } else if (header.getValue().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                context.report("ignoring header " + header.getKey() + " from " + source
                        + ": its value has a control character once decoded");
            } else {
                headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
                headers.put(header.getKey(), header.getValue());
            }
        }
    }

    private List<Attribute> resource() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("service.name", "unknown_service:java");
        attributes.put("host.name", machineName());
        attributes.put("process.pid", String.valueOf(ProcessHandle.current().pid()));
        try {
            attributes.putAll(
                    KeyValueList.parse(context.environmentVariable("OTEL_RESOURCE_ATTRIBUTES"), "resource attribute"));
        } catch (IllegalArgumentException e) {
            context.report("ignoring OTEL_RESOURCE_ATTRIBUTES: " + e.getMessage());
        }
        putIfSet(attributes, "service.name", context.environmentVariable("OTEL_SERVICE_NAME"));
        putIfSet(attributes, "service.name", context.service());
        putIfSet(attributes, "host.name", context.host());
        putIfSet(attributes, "service.version", context.option(OtlpOptions.SERVICE_VERSION));
        putIfSet(attributes, "deployment.environment.name", context.option(OtlpOptions.ENVIRONMENT));
        List<Attribute> resource = new ArrayList<>(attributes.size());
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            resource.add(
                    entry.getKey().equals("process.pid")
                            ? Attribute.integer(
                                    "process.pid", ProcessHandle.current().pid())
                            : Attribute.text(entry.getKey(), entry.getValue()));
        }
        return List.copyOf(resource);
    }

    private static void putIfSet(Map<String, String> attributes, String key, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(key, value.trim());
        }
    }

    private String url(String variable) {
        return variable(variable, OtlpOptions::url, OtlpOptions.ENDPOINT.allowed());
    }

    private static String withPath(String base, Signal signal) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + signal.path;
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            return "localhost";
        }
    }
}
