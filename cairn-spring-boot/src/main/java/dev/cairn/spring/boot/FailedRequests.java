package dev.cairn.spring.boot;

/**
 * The exception that failed the last request on this thread, whose stack trace {@code request_completed} already
 * carries: the servlet container's own error record for it, written on the same thread right after the request's
 * filters unwind (Tomcat logs the exception or its root cause), is a repeat and is left out.
 */
final class FailedRequests {

    private static final ThreadLocal<Throwable> LAST = new ThreadLocal<>();

    private FailedRequests() {}

    static void remember(Throwable failure) {
        LAST.set(failure);
    }

    static void forget() {
        LAST.remove();
    }

    /** Whether {@code thrown} (a JUL record's exception) is the last failed request's, or in the same cause chain. */
    static boolean isRepeat(Throwable thrown) {
        Throwable failure = LAST.get();
        if (failure == null || thrown == null) {
            return false;
        }
        if (inChain(failure, thrown) || inChain(thrown, failure)) {
            LAST.remove();
            return true;
        }
        return false;
    }

    private static boolean inChain(Throwable start, Throwable wanted) {
        Throwable cause = start;
        for (int depth = 0; cause != null && depth < 16; depth++) {
            if (cause == wanted) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
