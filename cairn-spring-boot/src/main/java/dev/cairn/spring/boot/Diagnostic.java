package dev.cairn.spring.boot;

/** The starter's own problems, reported on standard error as Cairn's are: one {@code cairn: } line each. */
final class Diagnostic {

    private Diagnostic() {}

    static void report(String problem) {
        System.err.println("cairn: " + problem);
    }
}
