package dev.cairn.internal.config;

import java.util.ArrayList;
import java.util.List;

/** The options a kind of sink accepts, in the order error lines list them. Immutable. */
public final class SinkOptions {

    private final List<SinkOption<?>> options;

    private SinkOptions(List<SinkOption<?>> options) {
        this.options = List.copyOf(options);
    }

    /** {@code options}, in this order. */
    public static SinkOptions of(SinkOption<?>... options) {
        return new SinkOptions(List.of(options));
    }

    /** These options, then {@code more}. */
    public SinkOptions and(SinkOptions more) {
        List<SinkOption<?>> all = new ArrayList<>(options);
        all.addAll(more.options);
        return new SinkOptions(all);
    }

    /** These options but {@code left}. */
    public SinkOptions without(SinkOption<?> left) {
        List<SinkOption<?>> rest = new ArrayList<>(options);
        rest.remove(left);
        return new SinkOptions(rest);
    }

    /** Every option, in order. */
    public List<SinkOption<?>> list() {
        return options;
    }

    /** Whether {@code option} is one of these. */
    public boolean contains(SinkOption<?> option) {
        return options.contains(option);
    }

    /** The option called {@code name}, or null. */
    public SinkOption<?> named(String name) {
        for (SinkOption<?> option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /** The options' names, comma-separated, for error lines. */
    public String names() {
        List<String> names = new ArrayList<>();
        for (SinkOption<?> option : options) {
            names.add(option.name());
        }
        return String.join(", ", names);
    }
}
