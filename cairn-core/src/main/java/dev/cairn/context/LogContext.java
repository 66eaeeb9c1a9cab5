package dev.cairn.context;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Fields that every record logged on this thread carries, scoped to a block and carried to other threads on request.
 *
 * <pre>{@code
 * try (var scope = LogContext.with("request_id", id).with("user_id", 42).open()) {
 *     log.info("Charging card");                      // has request_id and user_id
 *     pool.submit(LogContext.wrap(() -> log.info("async step")));  // so does this, on a pool thread
 * }
 * }</pre>
 *
 * <p>Nested scopes stack: an inner field shadows an outer one with the same key until the inner scope closes.
 * {@link CompletableFuture} chains started with {@link #supplyAsync} or {@link #propagate} carry context into every
 * stage; single functions can be wrapped with {@link ContextSnapshot#wrapFunction(java.util.function.Function)}.
 */
public final class LogContext {

    private LogContext() {}

    /** Starts a set of fields to open as a scope with {@link Builder#open()}. */
    public static Builder with(String key, Object value) {
        return new Builder().with(key, value);
    }

    /** The fields in force on this thread now, as an immutable snapshot. */
    public static ContextSnapshot current() {
        return ContextStack.current().snapshot();
    }

    /**
     * Whether the current thread's context forces DEBUG records on ({@link Builder#withDebug()}); while no context on
     * any thread does, this costs one volatile read.
     */
    public static boolean debugForced() {
        return ContextStack.anyDebug() && current().debug();
    }

    /** The value of {@code key} in force on this thread, or null. */
    public static Object get(String key) {
        return current().get(key);
    }

    /**
     * Sets a field on this thread outside any scope, until {@link #remove} or {@link #clear}; a field of an open scope
     * with the same key shadows it. Prefer scopes, which cannot leak onto a pooled thread's next task.
     */
    public static void put(String key, Object value) {
        ContextStack.current().put(String.valueOf(key), value);
    }

    /** Removes a field set with {@link #put}. */
    public static void remove(String key) {
        ContextStack.current().remove(key);
    }

    /** Removes every field set with {@link #put}; scopes that are open stay in force. */
    public static void clear() {
        ContextStack.current().clear();
    }

    /** A task that runs {@code task} with the context current now. */
    public static Runnable wrap(Runnable task) {
        return current().wrap(task);
    }

    /** A task that runs {@code task} with the context current now. */
    public static <T> Callable<T> wrap(Callable<T> task) {
        return current().wrap(task);
    }

    /**
     * Runs {@code supplier} on {@code executor} with the context current now, in a future whose dependent stages each
     * run with the context current where they were created.
     *
     * <pre>{@code
     * try (var scope = LogContext.with("request_id", id).open()) {
     *     LogContext.supplyAsync(this::loadCart, pool)
     *             .thenApplyAsync(this::price, pool)          // runs with request_id
     *             .thenAccept(total -> log.info("priced"));  // so does this
     * }
     * }</pre>
     */
    public static <T> CompletableFuture<T> supplyAsync(Supplier<T> supplier, Executor executor) {
        ContextFuture<T> future = new ContextFuture<>();
        ContextSnapshot context = current();
        executor.execute(() -> {
            try (Scope ignored = context.attach()) {
                future.complete(supplier.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return future;
    }

    /** As {@link #supplyAsync}, for a task without a result. */
    public static CompletableFuture<Void> runAsync(Runnable task, Executor executor) {
        return supplyAsync(
                () -> {
                    task.run();
                    return null;
                },
                executor);
    }

    /** A future completed as {@code future} is, whose dependent stages carry context as {@link #supplyAsync}'s do. */
    public static <T> CompletableFuture<T> propagate(CompletionStage<T> future) {
        ContextFuture<T> propagating = new ContextFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure != null) {
                propagating.completeExceptionally(failure);
            } else {
                propagating.complete(value);
            }
        });
        return propagating;
    }

    /**
     * An executor that runs every task with the context that was current when the task was handed to it. For
     * {@link CompletableFuture} chains prefer {@link #supplyAsync}: a dependent stage is handed over when the previous
     * one completes, on the completing thread.
     */
    public static Executor wrap(Executor executor) {
        return new ContextExecutor(executor);
    }

    /**
     * An executor service that runs every task with the context that was current when the task was submitted;
     * shutting it down shuts down {@code executor}.
     */
    public static ExecutorService wrap(ExecutorService executor) {
        return new ContextExecutorService(executor);
    }

    /** An open set of context fields; closing it restores the fields that were in force before. Closing twice is harmless. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Fields collected for one scope. Not thread-safe; use it on the thread that opens the scope. */
    public static final class Builder {
        private static final Object[] NO_ATTACHMENTS = new Object[0];

        private String[] keys = new String[4];
        private Object[] values = new Object[4];
        private int size;
        private Object[] attachments = NO_ATTACHMENTS;
        private boolean debug;

        private Builder() {}

        /** Adds a field; a later field with the same key wins. */
        public Builder with(String key, Object value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = String.valueOf(key);
            values[size] = value;
            size++;
            return this;
        }

        /** Puts {@code value} under {@code key} (not a field: only holders of the key read it); null removes nothing. */
        public <T> Builder with(ContextKey<T> key, T value) {
            if (value != null) {
                attachments = Arrays.copyOf(attachments, attachments.length + 2);
                attachments[attachments.length - 2] = Objects.requireNonNull(key, "key");
                attachments[attachments.length - 1] = value;
            }
            return this;
        }

        /**
         * Writes DEBUG records inside the scope (on every thread the context is carried to) whatever the configured
         * levels say; TRACE stays as configured. For per-request debugging.
         */
        public Builder withDebug() {
            this.debug = true;
            return this;
        }

        /** Puts the fields in force on this thread, over those already in force, until the returned scope is closed. */
        public Scope open() {
            return ContextStack.current().push(snapshot());
        }

        /** The fields alone, as a snapshot to {@link ContextSnapshot#attach() attach} or hand on later. */
        public ContextSnapshot snapshot() {
            ContextSnapshot fields =
                    ContextSnapshot.EMPTY.with(keys, values, size).withAttachments(attachments);
            return debug ? fields.withDebug() : fields;
        }

        /** Runs {@code task} with the fields in force. */
        public void run(Runnable task) {
            try (Scope ignored = open()) {
                task.run();
            }
        }

        /** Calls {@code task} with the fields in force and returns its result. */
        public <T> T call(Callable<T> task) throws Exception {
            try (Scope ignored = open()) {
                return task.call();
            }
        }
    }
}
