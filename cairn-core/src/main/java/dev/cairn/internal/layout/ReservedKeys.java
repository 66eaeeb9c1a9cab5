package dev.cairn.internal.layout;

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
            "timestamp", "level", "logger", "message", "thread", "process", "service", "host",
            "class", "method", "line", "error");

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
