package dev.cairn.internal.limit;

import dev.cairn.Level;

/**
 * What makes two records duplicates: the same logger, level, message template and exception type (null for none).
 */
public record DuplicateKey(String logger, Level level, String template, Class<?> errorType) {}
