package dev.cairn.cli.input;

/** What a command made of one chunk, with the chunk's line tally. */
public record Processed<T>(T value, LineTally tally) {}
