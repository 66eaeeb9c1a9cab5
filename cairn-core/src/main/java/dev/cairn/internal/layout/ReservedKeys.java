package dev.cairn.internal.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level JSON keys Cairn writes itself, after any renaming. A user field whose key is one of them, or repeats a
 * key already written in the same record, is written under the key prefixed with {@code _} (repeated until unique):
 * never dropped, never duplicated.
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
    private final Set<String> all;

    /** @param renames default name to new name, for the keys the configuration renames */
    public ReservedKeys(Map<String, String> renames, String nestKey) {
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
        all = new HashSet<>(List.of(timestamp, level, logger, message, thread, process, service, host, className,
                method, line, error));
        if (nestKey != null) {
            all.add(nestKey);
        }
    }

    boolean contains(String key) {
        return all.contains(key);
    }
}
