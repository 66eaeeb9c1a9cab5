package dev.cairn.internal.config;

import dev.cairn.internal.RecordFilter;

/**
 * One configured file sink.
 *
 * @param name {@code file} for {@code cairn.file}, the preset's {@code success}, {@code error}, {@code flows}, or the
 *     name in {@code cairn.sink.<name>.*}
 * @param path the file, relative to the working directory unless absolute
 * @param format {@code json} or {@code text}
 */
public record FileSpec(String name, String path, String format, RecordFilter filter, FileOptions options) {}
