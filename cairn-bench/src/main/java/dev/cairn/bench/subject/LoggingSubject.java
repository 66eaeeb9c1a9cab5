package dev.cairn.bench.subject;

/**
 * One configured logging library writing {@link Workload}'s record to a file. Each benchmark fork builds a single
 * implementation, so every call site below stays monomorphic and is inlined as if the library were called directly.
 */
public interface LoggingSubject extends AutoCloseable {

    /** A parameterized DEBUG call that the INFO threshold rejects (scenario 1). */
    void disabled(Object argument);

    /** The INFO record with its three key-values. */
    void record(long orderId);

    /** The same record with an exception (scenario 7). */
    void recordWithError(long orderId, Throwable error);

    /** Puts the context field in force on the calling thread until the returned scope is closed. */
    ContextScope enterContext();

    /** Drains any queue, flushes and closes the file. */
    @Override
    void close();

    /** A context field in force on one thread. */
    interface ContextScope extends AutoCloseable {
        @Override
        void close();
    }
}
