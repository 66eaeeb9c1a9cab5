package dev.cairn.internal.config;

/**
 * One source's text for a key, before it is validated.
 *
 * @param source where it came from, as error lines name it: {@code environment variable CAIRN_LEVEL}
 */
record Candidate(String raw, String source) {}
