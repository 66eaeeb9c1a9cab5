package dev.cairn.test;

/**
 * Which test a thread works for: the test's own thread, and every thread started from it (or from those) while the
 * test runs, through an inheritable thread-local. Records logged on threads that existed before the test (a shared
 * pool) belong to no test.
 */
final class TestThreads {

    private static final InheritableThreadLocal<String> OWNER = new InheritableThreadLocal<>();

    private TestThreads() {}

    /** Marks the current thread, and the threads it starts from now on, as working for {@code testId}. */
    static void enter(String testId) {
        OWNER.set(testId);
    }

    /** Unmarks the current thread. */
    static void leave() {
        OWNER.remove();
    }

    /** The unique id of the test the current thread works for, or null. */
    static String current() {
        return OWNER.get();
    }
}
