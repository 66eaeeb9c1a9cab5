package dev.cairn.internal.config;

import java.util.Optional;

/**
 * Reads the options of one sink while the configuration is resolved: each read takes the first valid value from the
 * sources and reports every invalid one in the same line as any other key. An option set in a source but never read
 * is reported as having no effect.
 */
public interface OptionReader {

    /**
     * The option's value, else its default.
     *
     * @throws IllegalStateException if the option declares no default
     */
    <T> T get(SinkOption<T> option);

    /** The option's value, else its default; empty when neither is set. */
    <T> Optional<T> find(SinkOption<T> option);
}
