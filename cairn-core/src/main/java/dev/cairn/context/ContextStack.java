package dev.cairn.context;

import java.util.ArrayList;

/**
 * The context of one thread: fields put directly, under a stack of open scopes.
 *
 * <p>Concurrency: only the owner thread reads or changes the stack, except {@link Layer#close()} called from another
 * thread, which only marks the layer closed; the owner drops such layers at its next change. The current snapshot is
 * kept merged so that capturing it for a record is one field read.
 *
 * <p>Out-of-order close: closing a layer that is not on top removes just that layer and re-merges the ones above it,
 * so a scope closed late or twice never resurrects or drops another scope's fields.
 */
final class ContextStack {

    private static final ThreadLocal<ContextStack> STACKS = ThreadLocal.withInitial(ContextStack::new);
    /** Open layers, on any thread, that force DEBUG on: while there are none, loggers skip looking at context. */
    private static final java.util.concurrent.atomic.AtomicInteger DEBUG_LAYERS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Whether any thread has a context that forces DEBUG on; one volatile read. */
    static boolean anyDebug() {
        return DEBUG_LAYERS.get() > 0;
    }

    private final Thread owner = Thread.currentThread();
    private final ArrayList<Layer> layers = new ArrayList<>();
    private ContextSnapshot base = ContextSnapshot.EMPTY;
    private ContextSnapshot current = ContextSnapshot.EMPTY;
    private volatile boolean closedElsewhere;

    static ContextStack current() {
        return STACKS.get();
    }

    ContextSnapshot snapshot() {
        if (closedElsewhere) {
            rebuild();
        }
        return current;
    }

    LogContext.Scope push(ContextSnapshot fields) {
        return push(fields, false);
    }

    LogContext.Scope attach(ContextSnapshot snapshot) {
        return push(snapshot, true);
    }

    void put(String key, Object value) {
        base = base.with(new String[] {key}, new Object[] {value}, 1);
        rebuild();
    }

    void remove(String key) {
        base = base.without(key);
        rebuild();
    }

    void clear() {
        base = ContextSnapshot.EMPTY;
        rebuild();
    }

    /** Closes every open layer that put a value of {@code key} accepted by {@code which} in force. */
    <T> void closeLayers(ContextKey<T> key, java.util.function.Predicate<? super T> which) {
        boolean changed = false;
        for (Layer layer : layers) {
            T value = key.get(layer.fields);
            if (value != null && !layer.closed && which.test(value)) {
                layer.closed = true;
                changed = true;
                if (layer.fields.debug()) {
                    DEBUG_LAYERS.decrementAndGet();
                }
            }
        }
        if (changed) {
            rebuild();
        }
    }

    private LogContext.Scope push(ContextSnapshot fields, boolean isolating) {
        if (closedElsewhere) {
            rebuild();
        }
        Layer layer = new Layer(this, fields, isolating);
        if (fields.debug()) {
            DEBUG_LAYERS.incrementAndGet();
        }
        layers.add(layer);
        current = isolating ? fields : current.with(fields);
        return layer;
    }

    private void close(Layer layer) {
        if (layer.closed) {
            return;
        }
        layer.closed = true;
        if (layer.fields.debug()) {
            DEBUG_LAYERS.decrementAndGet();
        }
        if (Thread.currentThread() != owner) {
            closedElsewhere = true;
            return;
        }
        int last = layers.size() - 1;
        if (last >= 0 && layers.get(last) == layer && !closedElsewhere) {
            layers.remove(last);
            current = layer.before;
        } else {
            rebuild();
        }
    }

    /** Drops closed layers and merges the rest again from the bottom. */
    private void rebuild() {
        closedElsewhere = false;
        if (layers.isEmpty()) {
            // Only fields put directly, as SLF4J's MDC puts them: the merging below is never compiled into MDC.put.
            current = base;
            return;
        }
        layers.removeIf(layer -> layer.closed);
        ContextSnapshot merged = base;
        for (Layer layer : layers) {
            layer.before = merged;
            merged = layer.isolating ? layer.fields : merged.with(layer.fields);
        }
        current = merged;
    }

    private static final class Layer implements LogContext.Scope {
        private final ContextStack stack;
        private final ContextSnapshot fields;
        private final boolean isolating;
        private ContextSnapshot before;
        private volatile boolean closed;

        Layer(ContextStack stack, ContextSnapshot fields, boolean isolating) {
            this.stack = stack;
            this.fields = fields;
            this.isolating = isolating;
            this.before = stack.current;
        }

        @Override
        public void close() {
            stack.close(this);
        }
    }
}
