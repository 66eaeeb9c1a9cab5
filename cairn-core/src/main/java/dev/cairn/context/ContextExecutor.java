package dev.cairn.context;

import java.util.concurrent.Executor;

/** Runs each task with the context of the thread that submitted it. */
final class ContextExecutor implements Executor {
    private final Executor delegate;

    ContextExecutor(Executor delegate) {
        this.delegate = java.util.Objects.requireNonNull(delegate, "executor");
    }

    @Override
    public void execute(Runnable task) {
        delegate.execute(LogContext.wrap(task));
    }

    @Override
    public String toString() {
        return "ContextExecutor[" + delegate + "]";
    }
}
