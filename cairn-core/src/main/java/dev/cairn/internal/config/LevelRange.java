package dev.cairn.internal.config;

import dev.cairn.Level;

/** The levels from {@code min} to {@code max}, both included. */
public record LevelRange(Level min, Level max) {}
