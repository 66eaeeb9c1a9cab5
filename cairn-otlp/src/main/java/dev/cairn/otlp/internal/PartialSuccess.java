package dev.cairn.otlp.internal;

/** What an export response's {@code partial_success} says: items rejected for good, and why. */
record PartialSuccess(long rejected, String message) {

    static final PartialSuccess NONE = new PartialSuccess(0, "");
}
