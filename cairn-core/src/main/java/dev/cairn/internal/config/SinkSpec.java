package dev.cairn.internal.config;

import dev.cairn.internal.RecordFilter;
import dev.cairn.spi.SinkOption;
import java.util.Map;

/**
 * One configured sink of a type found with {@link java.util.ServiceLoader} ({@code cairn.sink.<name>.type}).
 *
 * @param options every option the type declares, with its configured value or default
 */
public record SinkSpec(String name, String type, Map<SinkOption<?>, Object> options, RecordFilter filter) {

    public SinkSpec {
        options = Map.copyOf(options);
    }
}
