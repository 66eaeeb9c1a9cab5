package dev.cairn.syslog.internal;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Encodes a record as one RFC 5424 message:
 *
 * <pre>{@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [cairn@PEN logger=".." level=".." thread=".." k="v"..] BOM MSG}</pre>
 *
 * <p>The header fields are fixed when the sink opens, except the timestamp (UTC, microseconds) and MSGID (the value of
 * a field {@code msgid}, else {@code -}); all are {@link HeaderField sanitised}. In {@code text} mode the structured
 * data holds the logger, level, thread, context fields and key-values, and MSG the message followed by the stack
 * trace, if any, on the following lines; in {@code json} mode MSG is Cairn's JSON line and the structured data is
 * {@code -}. MSG is UTF-8 and starts with the byte order mark, as section 6.4 requires of UTF-8 text.
 */
public final class Rfc5424Encoder {

    /** The key whose value becomes MSGID instead of an SD-PARAM. */
    public static final String MSGID_KEY = "msgid";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int facility;
    private final String fixedHeader;
    private final String sdId;
    private final FieldText fields;
    private final RecordEncoder json;

    /**
     * @param facility the facility code, 0 to 23
     * @param sdId the SD-ID of the element, such as {@code cairn@32473}; already valid
     * @param sensitive whether the value of a key is redacted, as the log system's encoders decide
     * @param maxValueLength the longest value in characters; a stack trace may be four times as long
     * @param json Cairn's JSON encoder for {@code message=json}; null for {@code text}
     */
    public Rfc5424Encoder(
            int facility,
            String hostname,
            String appName,
            String procId,
            String sdId,
            Predicate<String> sensitive,
            int maxValueLength,
            RecordEncoder json) {
        this.facility = facility;
        this.fixedHeader = " " + HeaderField.of(hostname, 255) + " " + HeaderField.of(appName, 48) + " "
                + HeaderField.of(procId, 128) + " ";
        this.sdId = sdId;
        this.fields = new FieldText(sensitive, maxValueLength);
        this.json = json;
    }

    /** The RFC 5424 severity of {@code level}: TRACE and DEBUG 7, INFO 6, WARN 4, ERROR 3, FATAL 2. */
    public static int severity(Level level) {
        switch (level) {
            case TRACE:
            case DEBUG:
                return 7;
            case INFO:
                return 6;
            case WARN:
                return 4;
            case ERROR:
                return 3;
            default:
                return 2;
        }
    }

    /** The message for {@code record}, as UTF-8 bytes without framing. */
    public byte[] encode(LogRecord record) throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append('<').append(facility * 8 + severity(record.level())).append(">1 ");
        appendTimestamp(head, record.epochSecond(), record.nanoOfSecond());
        head.append(fixedHeader).append(HeaderField.of(msgid(record), 32)).append(' ');
        String message;
        if (json == null) {
            appendStructuredData(head, record);
            message = text(record);
        } else {
            head.append(HeaderField.NIL);
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            json.encode(record, line);
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
            return concat(head, Arrays.copyOf(bytes, length));
        }
        return concat(head, message.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(StringBuilder head, byte[] message) {
        byte[] header = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[header.length + 1 + BOM.length + message.length];
        System.arraycopy(header, 0, out, 0, header.length);
        out[header.length] = ' ';
        System.arraycopy(BOM, 0, out, header.length + 1, BOM.length);
        System.arraycopy(message, 0, out, header.length + 1 + BOM.length, message.length);
        return out;
    }

    private static String msgid(LogRecord record) {
        for (int i = 0; i < record.fieldCount(); i++) {
            if (MSGID_KEY.equals(record.fieldKey(i))) {
                return String.valueOf(record.fieldValue(i));
            }
        }
        Object fromContext = record.context().get(MSGID_KEY);
        return fromContext == null ? null : String.valueOf(fromContext);
    }

    private void appendStructuredData(StringBuilder out, LogRecord record) {
        StructuredData sd = new StructuredData(out);
        sd.param(sdId, "logger", record.loggerName());
        sd.param(sdId, "level", record.level().name());
        sd.param(sdId, "thread", record.threadName());
        ContextSnapshot context = record.context();
        for (int i = 0; i < context.size(); i++) {
            if (!MSGID_KEY.equals(context.key(i))) {
                sd.param(sdId, context.key(i), fields.of(context.key(i), context.value(i)));
            }
        }
        for (int i = 0; i < record.fieldCount(); i++) {
            if (!MSGID_KEY.equals(record.fieldKey(i))) {
                sd.param(sdId, record.fieldKey(i), fields.of(record.fieldKey(i), record.fieldValue(i)));
            }
        }
        sd.end();
    }

    private String text(LogRecord record) {
        String message = fields.cut(record.message());
        Throwable error = record.throwable();
        if (error == null) {
            return message;
        }
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            error.printStackTrace(writer);
        } catch (RuntimeException e) {
            trace.write(error.getClass().getName() + " (its stack trace could not be written: " + e + ")");
        }
        return message + "\n" + fields.cutStackTrace(trace.toString().stripTrailing());
    }

    /** Appends {@code 2026-12-02T00:23:39.123456Z}: UTC, microseconds. */
    static void appendTimestamp(StringBuilder out, long epochSecond, int nanoOfSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        pad(out, time.getYear(), 4).append('-');
        pad(out, time.getMonthValue(), 2).append('-');
        pad(out, time.getDayOfMonth(), 2).append('T');
        pad(out, time.getHour(), 2).append(':');
        pad(out, time.getMinute(), 2).append(':');
        pad(out, time.getSecond(), 2).append('.');
        pad(out, nanoOfSecond / 1000, 6).append('Z');
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
