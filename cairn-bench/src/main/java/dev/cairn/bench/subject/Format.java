package dev.cairn.bench.subject;

/** The record layout a subject writes. */
public enum Format {
    /** One JSON object per line with the same keys in every library. */
    JSON,
    /**
     * JSON for records that carry an exception (scenario 7). Only Logback's configuration differs: its encoder writes
     * the nested {@code error} object even when it is empty, so the plain JSON configuration leaves it out.
     */
    JSON_WITH_ERROR,
    /** The same record as a human-readable line (scenario 6). */
    TEXT
}
