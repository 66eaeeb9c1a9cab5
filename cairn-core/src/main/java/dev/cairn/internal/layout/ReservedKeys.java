package dev.cairn.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The top-level JSON keys Cairn writes itself, after any renaming. A user field whose key was already written in the
 * same record (one of these, or an earlier field) is written under the key prefixed with {@code _} (repeated until
 * unique): never dropped, never duplicated.
 */
public final class ReservedKeys {

    /** The default names, in output order. */
    public static final List<String> DEFAULTS = List.of(
            "timestamp",
            "level",
            "logger",
            "message",
            "thread",
            "process",
            "service",
            "host",
            "class",
            "method",
            "line",
            "error");

    final String timestamp;
    final String level;
    final String logger;
    final String message;
    final String thread;
    final String process;
    final String service;
    final String host;
    final String className;
    final String method;
    final String line;
    final String error;

    /**
     * The keys the JSON layout writes itself on a record with the given parts, so that every layout renames a colliding
     * field the same way: four sets, built once per layout, at index {@code (hasLocation ? 2 : 0) | (hasError ? 1 : 0)}.
     */
    List<KeySet> writtenSets(boolean hasService, boolean hasHost) {
        List<KeySet> sets = new ArrayList<>(4);
        for (int variant = 0; variant < 4; variant++) {
            List<String> written = new ArrayList<>(List.of(timestamp, level, logger, message, thread, process));
            if (hasService) {
                written.add(service);
            }
            if (hasHost) {
                written.add(host);
            }
            if ((variant & 2) != 0) {
                written.addAll(List.of(className, method, line));
            }
            if ((variant & 1) != 0) {
                written.add(error);
            }
            sets.add(new KeySet(written));
        }
        return List.copyOf(sets);
    }

    /** The index in {@link #writtenSets} of the set for a record with or without a location and an error. */
    static int writtenSet(boolean hasLocation, boolean hasError) {
        return (hasLocation ? 2 : 0) | (hasError ? 1 : 0);
    }

    /** @param renames default name to new name, for the keys the configuration renames */
    public ReservedKeys(Map<String, String> renames) {
        timestamp = renames.getOrDefault("timestamp", "timestamp");
        level = renames.getOrDefault("level", "level");
        logger = renames.getOrDefault("logger", "logger");
        message = renames.getOrDefault("message", "message");
        thread = renames.getOrDefault("thread", "thread");
        process = renames.getOrDefault("process", "process");
        service = renames.getOrDefault("service", "service");
        host = renames.getOrDefault("host", "host");
        className = renames.getOrDefault("class", "class");
        method = renames.getOrDefault("method", "method");
        line = renames.getOrDefault("line", "line");
        error = renames.getOrDefault("error", "error");
    }
}
