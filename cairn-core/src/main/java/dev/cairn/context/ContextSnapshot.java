package dev.cairn.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An immutable set of context fields, as captured by {@link LogContext#current()}; records keep the snapshot that
 * was current when they were logged, and the {@code wrap} methods carry it to the thread that runs the task.
 *
 * <pre>{@code
 * ContextSnapshot ctx = LogContext.current();
 * pool.submit(ctx.wrap(() -> log.info("runs with the submitter's request_id")));
 * CompletableFuture.supplyAsync(ctx.wrapSupplier(this::load), pool).thenApply(ctx.wrapFunction(this::render));
 * }</pre>
 *
 * <p>The functional variants have distinct names because a lambda fits several of these interfaces at once.
 */
public final class ContextSnapshot {

    private static final Object[] NO_ATTACHMENTS = new Object[0];

    static final ContextSnapshot EMPTY = new ContextSnapshot(new String[0], new Object[0], NO_ATTACHMENTS, false);

    private final String[] keys;
    private final Object[] values;
    /**
     * Values under {@link ContextKey}s (not fields: for example where the thread stands in a flow), as alternating
     * keys and values; usually empty.
     */
    private final Object[] attachments;
    /** Whether DEBUG records are written here whatever the levels say (per-request debug). */
    private final boolean debug;

    private ContextSnapshot(String[] keys, Object[] values, Object[] attachments, boolean debug) {
        this.keys = keys;
        this.values = values;
        this.attachments = attachments;
        this.debug = debug;
    }

    /** The snapshot of a thread outside every scope: no fields, nothing attached. */
    public static ContextSnapshot empty() {
        return EMPTY;
    }

    /** The value under {@code key}, or null; read through {@link ContextKey#get}. */
    Object attachment(ContextKey<?> key) {
        for (int i = 0; i < attachments.length; i += 2) {
            if (attachments[i] == key) {
                return attachments[i + 1];
            }
        }
        return null;
    }

    /** Whether this snapshot holds a value under {@code key}. */
    boolean hasAttachment(ContextKey<?> key) {
        return attachment(key) != null;
    }

    /** Whether DEBUG records are forced on in this context ({@link LogContext.Builder#withDebug()}). */
    public boolean debug() {
        return debug;
    }

    ContextSnapshot withDebug() {
        return debug ? this : new ContextSnapshot(keys, values, attachments, true);
    }

    /** This snapshot with {@code extra} attachments (alternating keys and values) laid over its own. */
    ContextSnapshot withAttachments(Object[] extra) {
        if (extra.length == 0) {
            return this;
        }
        return new ContextSnapshot(keys, values, mergeAttachments(attachments, extra), debug);
    }

    /** The number of fields. */
    public int size() {
        return keys.length;
    }

    /** The key of field {@code index}, in the order the fields were first added. */
    public String key(int index) {
        return keys[index];
    }

    /** The value of field {@code index}. */
    public Object value(int index) {
        return values[index];
    }

    /** The value under {@code key}, or null. */
    public Object get(String key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    /** The fields as an unmodifiable map in field order. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Makes this snapshot the whole context of the current thread until the returned scope is closed; the thread's
     * own fields are hidden meanwhile and come back on close.
     */
    public LogContext.Scope attach() {
        return ContextStack.current().attach(this);
    }

    /** A task that runs {@code task} with this snapshot attached. */
    public Runnable wrap(Runnable task) {
        return () -> {
            try (LogContext.Scope ignored = attach()) {
                task.run();
            }
        };
    }

    /** A task that runs {@code task} with this snapshot attached. */
    public <T> Callable<T> wrap(Callable<T> task) {
        return () -> {
            try (LogContext.Scope ignored = attach()) {
                return task.call();
            }
        };
    }

    /** A supplier that runs {@code supplier} with this snapshot attached, e.g. for {@code CompletableFuture.supplyAsync}. */
    public <T> Supplier<T> wrapSupplier(Supplier<T> supplier) {
        return () -> {
            try (LogContext.Scope ignored = attach()) {
                return supplier.get();
            }
        };
    }

    /** A function that runs {@code function} with this snapshot attached, e.g. for {@code thenApply}. */
    public <T, R> Function<T, R> wrapFunction(Function<T, R> function) {
        return value -> {
            try (LogContext.Scope ignored = attach()) {
                return function.apply(value);
            }
        };
    }

    /** A consumer that runs {@code consumer} with this snapshot attached, e.g. for {@code thenAccept}. */
    public <T> Consumer<T> wrapConsumer(Consumer<T> consumer) {
        return value -> {
            try (LogContext.Scope ignored = attach()) {
                consumer.accept(value);
            }
        };
    }

    /** A function that runs {@code function} with this snapshot attached, e.g. for {@code handle} or {@code thenCombine}. */
    public <T, U, R> BiFunction<T, U, R> wrapBiFunction(BiFunction<T, U, R> function) {
        return (first, second) -> {
            try (LogContext.Scope ignored = attach()) {
                return function.apply(first, second);
            }
        };
    }

    /** A consumer that runs {@code consumer} with this snapshot attached, e.g. for {@code whenComplete}. */
    public <T, U> BiConsumer<T, U> wrapBiConsumer(BiConsumer<T, U> consumer) {
        return (first, second) -> {
            try (LogContext.Scope ignored = attach()) {
                consumer.accept(first, second);
            }
        };
    }

    /** This snapshot with {@code extra} added; a key already present keeps its position and takes the new value. */
    ContextSnapshot with(String[] extraKeys, Object[] extraValues, int extraCount) {
        if (extraCount == 0) {
            return this;
        }
        String[] mergedKeys = new String[keys.length + extraCount];
        Object[] mergedValues = new Object[keys.length + extraCount];
        System.arraycopy(keys, 0, mergedKeys, 0, keys.length);
        System.arraycopy(values, 0, mergedValues, 0, values.length);
        int size = keys.length;
        for (int i = 0; i < extraCount; i++) {
            int existing = indexOf(mergedKeys, size, extraKeys[i]);
            if (existing >= 0) {
                mergedValues[existing] = extraValues[i];
            } else {
                mergedKeys[size] = extraKeys[i];
                mergedValues[size] = extraValues[i];
                size++;
            }
        }
        if (size < mergedKeys.length) {
            mergedKeys = java.util.Arrays.copyOf(mergedKeys, size);
            mergedValues = java.util.Arrays.copyOf(mergedValues, size);
        }
        return new ContextSnapshot(mergedKeys, mergedValues, attachments, debug);
    }

    /** This snapshot without {@code key}. */
    ContextSnapshot without(String key) {
        int index = indexOf(key);
        if (index < 0) {
            return this;
        }
        String[] newKeys = new String[keys.length - 1];
        Object[] newValues = new Object[keys.length - 1];
        System.arraycopy(keys, 0, newKeys, 0, index);
        System.arraycopy(values, 0, newValues, 0, index);
        System.arraycopy(keys, index + 1, newKeys, index, keys.length - index - 1);
        System.arraycopy(values, index + 1, newValues, index, keys.length - index - 1);
        return new ContextSnapshot(newKeys, newValues, attachments, debug);
    }

    /** This snapshot's fields, then {@code overlay}'s on top; the overlay's attachments win over this one's. */
    ContextSnapshot with(ContextSnapshot overlay) {
        if (keys.length == 0 && attachments.length == 0 && (overlay.debug || !debug)) {
            return overlay;
        }
        ContextSnapshot merged = with(overlay.keys, overlay.values, overlay.keys.length);
        Object[] mergedAttachments = mergeAttachments(attachments, overlay.attachments);
        boolean anyDebug = debug || overlay.debug;
        return merged.attachments == mergedAttachments && merged.debug == anyDebug
                ? merged
                : new ContextSnapshot(merged.keys, merged.values, mergedAttachments, anyDebug);
    }

    /** {@code base}'s attachments with {@code overlay}'s laid over them; a key in both takes the overlay's value. */
    private static Object[] mergeAttachments(Object[] base, Object[] overlay) {
        if (overlay.length == 0) {
            return base;
        }
        if (base.length == 0) {
            return overlay;
        }
        Object[] merged = java.util.Arrays.copyOf(base, base.length + overlay.length);
        int size = base.length;
        for (int i = 0; i < overlay.length; i += 2) {
            int existing = -1;
            for (int j = 0; j < size; j += 2) {
                if (merged[j] == overlay[i]) {
                    existing = j;
                }
            }
            if (existing >= 0) {
                merged[existing + 1] = overlay[i + 1];
            } else {
                merged[size] = overlay[i];
                merged[size + 1] = overlay[i + 1];
                size += 2;
            }
        }
        return size == merged.length ? merged : java.util.Arrays.copyOf(merged, size);
    }

    private int indexOf(String key) {
        return indexOf(keys, keys.length, key);
    }

    private static int indexOf(String[] keys, int size, String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
