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
                renames,
                nestKey,
                service,
                host,
                pid,
                location,
                redactWords,
                maxValueLength,
                maxRecordLength,
                Set.of(),
                new LongAdder());
    }

    /**
     * As above, with the secret detectors of {@code secretKinds} applied to every record, each mask counted in
     * {@code secretsMasked}.
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
            int maxRecordLength,
            Set<SecretKind> secretKinds,
            LongAdder secretsMasked) {
        this.secretKinds = Set.copyOf(secretKinds);
        this.secretsMasked = secretsMasked;
        this.keys = new ReservedKeys(renames);
        this.nestKey = nestKey;
        this.service = service;
        this.host = host;
        this.pid = pid;
        this.location = location;
        this.redactor = new Redactor(redactWords);
        this.maxValueLength = maxValueLength;
        this.maxRecordLength = maxRecordLength;
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

    /** A new JSON layout. */
    public Layout json() {
        return masked(new JsonLayout(keys, nestKey, service, host, pid, location, values(), maxRecordLength), true);
    }

    /** A new text layout, with ANSI colors when {@code color}. */
    public Layout text(boolean color) {
        return masked(new TextLayout(color, keys, nestKey, service, host, location, values(), maxRecordLength), false);
    }

    /** {@code record} as one JSON line (or text line when not {@code json}), with its final newline. */
    public synchronized String render(LogRecord record, boolean json) {
        Layout layout;
        if (json) {
            layout = renderJson == null ? renderJson = json() : renderJson;
        } else {
            layout = renderText == null ? renderText = text(false) : renderText;
        }
        StringBuilder out = new StringBuilder(256);
        layout.format(record, out);
        return out.toString();
    }

    private Layout masked(Layout layout, boolean json) {
        return secretKinds.isEmpty()
                ? layout
                : new SecretMaskingLayout(layout, new SecretScanner(secretKinds, json), secretsMasked);
    }

    private JsonValueWriter values() {
        return new JsonValueWriter(redactor, maxValueLength);
    }
}
