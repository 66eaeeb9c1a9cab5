package dev.cairn.cli;

/** The {@code --output} choice: human text or the input's JSON lines. */
public enum OutputFormat {
    TEXT,
    JSON
}
