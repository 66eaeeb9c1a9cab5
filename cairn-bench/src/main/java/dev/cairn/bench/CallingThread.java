package dev.cairn.bench;

import dev.cairn.bench.subject.LoggingSubject;

/**
 * What each benchmark thread holds: the context field in force on it, as in a request handler, and its own order ids,
 * so no record is a constant the JIT could fold. Each benchmark extends this as its {@code Scope.Thread} state.
 */
abstract class CallingThread {

    private LoggingSubject.ContextScope context;
    private long orderId;

    final void enterContext(LoggingSubject subject) {
        context = subject.enterContext();
    }

    final void leaveContext() {
        context.close();
    }

    final long nextOrderId() {
        return ++orderId;
    }
}
