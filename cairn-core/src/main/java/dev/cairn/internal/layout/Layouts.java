package dev.cairn.internal.layout;

import dev.cairn.internal.secret.SecretKind;
import dev.cairn.internal.secret.SecretMaskingLayout;
import dev.cairn.internal.secret.SecretScanner;
import dev.cairn.spi.LogRecord;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The layouts of one configuration: built from its settings once, then handing out a fresh layout per sink (a layout
 * keeps per-record state, so each writer needs its own) and rendering single records for tools under a lock.
 */
public final class Layouts {

    private final ReservedKeys keys;
    private final String nestKey;
    private final String service;
    private final String host;
    private final long pid;
    private final boolean location;
    private final Redactor redactor;
    private final int maxValueLength;
    private final int maxRecordLength;
    private final JsonSchema schema;
    private final String serviceVersion;
    private final String environment;
    private final EcsStyle ecsStyle;
    private final Set<SecretKind> secretKinds;
    private final LongAdder secretsMasked;
    private Layout renderJson;
    private Layout renderText;

    /**
     * @param renames reserved key to the name written instead
     * @param nestKey the key that holds all user fields, or null
     */
    public Layouts(
            java.util.Map<String, String> renames,
            String nestKey,
            String service,
            String host,
            long pid,
            boolean location,
            Set<String> redactWords,
            int maxValueLength,
            int maxRecordLength) {
        this(
                new ReservedKeys(renames),
                nestKey,
                service,
                host,
                pid,
                location,
                new Redactor(redactWords),
                maxValueLength,
                maxRecordLength,
                JsonSchema.CAIRN,
                null,
                null,
                EcsStyle.NESTED,
                Set.of(),
                new LongAdder());
    }

    private Layouts(
            ReservedKeys keys,
            String nestKey,
            String service,
            String host,
            long pid,
            boolean location,
            Redactor redactor,
            int maxValueLength,
            int maxRecordLength,
            JsonSchema schema,
            String serviceVersion,
            String environment,
            EcsStyle ecsStyle,
            Set<SecretKind> secretKinds,
            LongAdder secretsMasked) {
        this.keys = keys;
        this.nestKey = nestKey;
        this.service = service;
        this.host = host;
        this.pid = pid;
        this.location = location;
        this.redactor = redactor;
        this.maxValueLength = maxValueLength;
        this.maxRecordLength = maxRecordLength;
        this.schema = schema;
        this.serviceVersion = serviceVersion;
        this.environment = environment;
        this.ecsStyle = ecsStyle;
        this.secretKinds = Set.copyOf(secretKinds);
        this.secretsMasked = secretsMasked;
    }

    /**
     * These layouts with the consumer schemas' settings: the service's version and environment ({@code ecs},
     * {@code gelf}, {@code otel} write them) and the ECS style.
     */
    public Layouts withSchemaSettings(String serviceVersion, String environment, EcsStyle ecsStyle) {
        return copy(schema, serviceVersion, environment, ecsStyle, secretKinds, secretsMasked);
    }

    /**
     * These layouts with the secret detectors of {@code kinds} applied to every record they write, each mask counted
     * in {@code masked}.
     */
    public Layouts withSecretDetectors(Set<SecretKind> kinds, LongAdder masked) {
        return copy(schema, serviceVersion, environment, ecsStyle, kinds, masked);
    }

    /** These layouts writing JSON in {@code schema}, for one sink; {@link #render} keeps Cairn's own. */
    public Layouts withSchema(JsonSchema schema) {
        if (schema == this.schema) {
            return this;
        }
        return copy(schema, serviceVersion, environment, ecsStyle, secretKinds, secretsMasked);
    }

    private Layouts copy(
            JsonSchema schema,
            String serviceVersion,
            String environment,
            EcsStyle ecsStyle,
            Set<SecretKind> secretKinds,
            LongAdder secretsMasked) {
        return new Layouts(
                keys,
                nestKey,
                service,
                host,
                pid,
                location,
                redactor,
                maxValueLength,
                maxRecordLength,
                schema,
                serviceVersion,
                environment,
                ecsStyle,
                secretKinds,
                secretsMasked);
    }

    /** The JSON schema {@link #json()} writes. */
    public JsonSchema schema() {
        return schema;
    }

    /** The service name records carry. */
    public String service() {
        return service;
    }

    /** The host name records carry. */
    public String host() {
        return host;
    }

    /** Whether a value under {@code key} is redacted. */
    public boolean isSensitive(String key) {
        return redactor.isSensitive(key);
    }

    /** The longest value written before it is cut, in characters. */
    public int maxValueLength() {
        return maxValueLength;
    }

    /** A new JSON layout, in this sink's {@link #schema()}, masking secrets when detectors are on. */
    public Layout json() {
        return masked(schemaJson(), true);
    }

    private Layout schemaJson() {
        if (schema == JsonSchema.CAIRN) {
            return cairnJson();
        }
        LayoutSettings settings = new LayoutSettings(
                service, serviceVersion, environment, host, pid, location, maxRecordLength, ecsStyle);
        switch (schema) {
            case ECS:
                return new EcsLayout(settings, values());
            case GELF:
                return new GelfLayout(settings, values(), MachineName.get());
            case LOGSTASH:
                return new LogstashLayout(settings, values());
            default:
                return new OtelLayout(settings, values());
        }
    }

    private Layout cairnJson() {
        return new JsonLayout(keys, nestKey, service, host, pid, location, values(), maxRecordLength);
    }

    /** A new text layout, with ANSI colors when {@code color}, masking secrets when detectors are on. */
    public Layout text(boolean color) {
        return masked(plainText(color), false);
    }

    private Layout plainText(boolean color) {
        return new TextLayout(color, keys, nestKey, service, host, location, values(), maxRecordLength);
    }

    private Layout masked(Layout layout, boolean json) {
        return secretKinds.isEmpty()
                ? layout
                : new SecretMaskingLayout(layout, new SecretScanner(secretKinds, json), secretsMasked);
    }

    /** {@code record} as one JSON line (or text line when not {@code json}), with its final newline. */
    public synchronized String render(LogRecord record, boolean json) {
        Layout layout;
        if (json) {
            layout = renderJson == null ? renderJson = masked(cairnJson(), true) : renderJson;
        } else {
            layout = renderText == null ? renderText = text(false) : renderText;
        }
        Utf8Output out = new Utf8Output(256);
        layout.format(record, out);
        return out.toString();
    }

    private JsonValueWriter values() {
        return new JsonValueWriter(redactor, maxValueLength);
    }
}
