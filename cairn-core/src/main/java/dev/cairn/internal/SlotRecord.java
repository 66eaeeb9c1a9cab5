package dev.cairn.internal;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.internal.layout.MessageTemplates;
import dev.cairn.internal.layout.TemplateMessage;
import dev.cairn.internal.layout.UnboxedFields;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.util.Arrays;
import java.util.Objects;

/**
 * A reusable record of the asynchronous queue ({@link RecordRing}): the calling thread fills it in place in its slot,
 * the writer thread takes it (leaving its spare record in the slot), writes it, clears it and keeps it as the next
 * spare. So once every slot has a record, queuing a record with primitive fields allocates nothing (issue 19: the queued {@code CapturedRecord},
 * its field list and boxed numbers were about 200 of the 228 bytes a call allocated). Numeric values stay unboxed
 * ({@link UnboxedFields}) and the timestamp is two numbers.
 *
 * <p>Ownership: the record is valid only while the writer thread writes it; a reader that keeps it longer (a sink on a
 * delivery thread) takes {@link #detach()}. A record made elsewhere (a summary, a record with key-value arguments) is
 * queued whole: the slot only holds it ({@link #hold}).
 */
final class SlotRecord implements LogRecord, TemplateMessage, UnboxedFields {

    private static final int INITIAL_FIELDS = 4;
    /** Arrays longer than this, grown for an unusually large record, are let go when cleared rather than kept. */
    private static final int MAX_KEPT_LENGTH = 64;

    private RecordKind kind;
    private long epochSecond;
    private int nanoOfSecond;
    private Level level;
    private String loggerName;
    private String template;
    /**
     * The message arguments, copied: the caller may reuse its array once the record is filled. Room for two from the
     * start, as when grown, so that a new record (every record on the ring's first lap) takes the same path as a
     * reused one, which C2 compiling then sees.
     */
    private Object[] args = new Object[2];

    private int argCount;
    private String message;
    private String threadName;
    private ContextSnapshot context;
    private Throwable throwable;
    private StackTraceElement location;

    private String[] keys = new String[0];
    private Object[] objects = new Object[0];
    private long[] numbers = new long[0];
    private byte[] types = new byte[0];
    private int size;

    /** The record queued whole, written instead of this one; null when this one was filled in place. */
    private LogRecord whole;
    /** Whether filling in place completed; a slot whose filling failed is skipped by the writer. */
    private boolean filled;

    /**
     * Starts filling the record in place, copying {@code args}; {@code message} is the text already formatted when an
     * argument was mutable, else null (formatted from the template on first use).
     */
    void fill(
            RecordKind kind,
            long epochSecond,
            int nanoOfSecond,
            Level level,
            String loggerName,
            String template,
            Object[] args,
            String message,
            String threadName,
            ContextSnapshot context,
            Throwable throwable,
            StackTraceElement location) {
        this.kind = kind;
        this.epochSecond = epochSecond;
        this.nanoOfSecond = nanoOfSecond;
        this.level = level;
        this.loggerName = loggerName;
        this.template = template;
        int count = args == null ? 0 : args.length;
        if (count > this.args.length) {
            this.args = new Object[Math.max(count, 2)];
        }
        if (count > 0) {
            System.arraycopy(args, 0, this.args, 0, count);
        }
        this.argCount = count;
        this.message = message;
        this.threadName = threadName;
        this.context = context;
        this.throwable = throwable;
        this.location = location;
    }

    // Each index is taken before the array is read: next() may replace the arrays.

    void add(String key, Object value) {
        int index = next(key, OBJECT);
        objects[index] = value;
    }

    void add(String key, long value) {
        int index = next(key, LONG);
        numbers[index] = value;
    }

    void add(String key, double value) {
        int index = next(key, DOUBLE);
        numbers[index] = Double.doubleToRawLongBits(value);
    }

    private int next(String key, int type) {
        if (size == keys.length) {
            int grown = Math.max(INITIAL_FIELDS, size * 2);
            keys = Arrays.copyOf(keys, grown);
            objects = Arrays.copyOf(objects, grown);
            numbers = Arrays.copyOf(numbers, grown);
            types = Arrays.copyOf(types, grown);
        }
        keys[size] = key == null ? "null" : key;
        types[size] = (byte) type;
        return size++;
    }

    /** Ends filling in place: from now on the writer writes this record. */
    void filled() {
        filled = true;
    }

    /** Queues {@code record} whole in this slot. */
    void hold(LogRecord record) {
        whole = record;
    }

    /** What the writer writes for this slot: the record held whole, this one once filled, else null (skipped). */
    LogRecord record() {
        if (whole != null) {
            return whole;
        }
        return filled ? this : null;
    }

    /**
     * Lets go of every reference, so that a slot keeps nothing of its record alive once written, and of arrays an
     * unusually large record grew, so that one such record does not make every slot it passes through keep them.
     */
    void clear() {
        if (keys.length > MAX_KEPT_LENGTH) {
            keys = new String[0];
            objects = new Object[0];
            numbers = new long[0];
            types = new byte[0];
        } else {
            Arrays.fill(keys, 0, size, null);
            Arrays.fill(objects, 0, size, null);
        }
        size = 0;
        whole = null;
        filled = false;
        loggerName = null;
        template = null;
        if (args.length > MAX_KEPT_LENGTH) {
            args = new Object[2];
        } else {
            Arrays.fill(args, 0, argCount, null);
        }
        argCount = 0;
        message = null;
        threadName = null;
        context = null;
        throwable = null;
        location = null;
    }

    /** A copy that stays valid after the slot is reused, for a reader that keeps the record past the write. */
    LogRecord detach() {
        if (whole != null) {
            return whole;
        }
        FieldList fields = null;
        if (size > 0) {
            fields = new FieldList(size);
            for (int i = 0; i < size; i++) {
                fields.add(keys[i], fieldValue(i));
            }
        }
        CapturedRecord copy = new CapturedRecord(
                kind,
                epochSecond,
                nanoOfSecond,
                level,
                loggerName,
                template,
                Arrays.copyOf(args, argCount),
                argCount,
                threadName,
                context,
                fields,
                throwable,
                location);
        copy.frozenWith(message);
        return copy;
    }

    @Override
    public RecordKind kind() {
        return kind;
    }

    @Override
    public long epochSecond() {
        return epochSecond;
    }

    @Override
    public int nanoOfSecond() {
        return nanoOfSecond;
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String loggerName() {
        return loggerName;
    }

    @Override
    public String message() {
        String text = message;
        if (text == null) {
            text = MessageFormatter.format(template, args, argCount);
            message = text;
        }
        return text;
    }

    @Override
    public boolean appendJsonString(Utf8Output out, int maxLength, MessageTemplates templates) {
        return message == null
                && MessageFormatter.appendJsonString(template, args, argCount, out, maxLength, templates);
    }

    @Override
    public String threadName() {
        return threadName;
    }

    @Override
    public ContextSnapshot context() {
        return context;
    }

    @Override
    public int fieldCount() {
        return size;
    }

    @Override
    public String fieldKey(int index) {
        return keys[checked(index)];
    }

    @Override
    public Object fieldValue(int index) {
        switch (types[checked(index)]) {
            case LONG:
                return numbers[index];
            case DOUBLE:
                return Double.longBitsToDouble(numbers[index]);
            default:
                return objects[index];
        }
    }

    @Override
    public int fieldType(int index) {
        return types[checked(index)];
    }

    @Override
    public long longField(int index) {
        return numbers[checked(index)];
    }

    @Override
    public double doubleField(int index) {
        return Double.longBitsToDouble(numbers[checked(index)]);
    }

    /** {@code index}, or an exception if there is no such field (the arrays are longer than the record's fields). */
    private int checked(int index) {
        return Objects.checkIndex(index, size);
    }

    @Override
    public Throwable throwable() {
        return throwable;
    }

    @Override
    public StackTraceElement location() {
        return location;
    }

    @Override
    public String toString() {
        return level + " " + loggerName + " - " + message();
    }
}
