package dev.cairn.internal.layout;

/**
 * The shape of a JSON record ({@code cairn.json.schema}): Cairn's own, or the one a consumer expects (docs/schema.md
 * documents each with an example record).
 */
public enum JsonSchema {
    /** Cairn's own keys (the default). */
    CAIRN,
    /** Elastic Common Schema 8.x, as Elastic's ECS loggers write it. */
    ECS,
    /** Graylog Extended Log Format 1.1. */
    GELF,
    /** The keys of logstash-logback-encoder's {@code LogstashEncoder}. */
    LOGSTASH,
    /** The OpenTelemetry log data model, one OTLP/JSON {@code ExportLogsServiceRequest} per line. */
    OTEL
}
