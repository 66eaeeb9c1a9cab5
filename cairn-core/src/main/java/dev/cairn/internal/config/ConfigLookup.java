package dev.cairn.internal.config;

import dev.cairn.internal.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reads of the collected configuration: for a key, the first valid candidate (candidates are in precedence
 * order), else the key's default for the profile in force. Every invalid candidate, above or below the winner, is
 * reported in one line naming the key, the value, its source, what is allowed and what is used instead. Names read
 * are remembered, so that {@link #reportUnused} can report the rest.
 *
 * <p>Used by one thread while the configuration is resolved.
 */
final class ConfigLookup {

    private final Map<String, List<Candidate>> candidates;
    private final Diagnostics diagnostics;
    private final Set<String> read;
    private final String profile;

    ConfigLookup(Map<String, List<Candidate>> candidates, Diagnostics diagnostics) {
        this(candidates, diagnostics, new HashSet<>(), null);
    }

    private ConfigLookup(
            Map<String, List<Candidate>> candidates, Diagnostics diagnostics, Set<String> read, String profile) {
        this.candidates = candidates;
        this.diagnostics = diagnostics;
        this.read = read;
        this.profile = profile;
    }

    /** This lookup with {@code profile}'s defaults in force, sharing what has been read. */
    ConfigLookup inProfile(String profile) {
        return new ConfigLookup(candidates, diagnostics, read, profile);
    }

    /**
     * The value of {@code key}, else its default.
     *
     * @throws IllegalStateException if the key declares no default
     */
    <T> T get(Key<T> key) {
        return find(key).orElseThrow(() -> new IllegalStateException(key + " declares no default"));
    }

    /** The value of {@code key}, else its default; empty when neither is set. */
    <T> Optional<T> find(Key<T> key) {
        Fallback<T> fallback = key.fallback(profile);
        String name = key.property();
        read.add(name);
        T value = null;
        Candidate winner = null;
        List<Candidate> rejected = new ArrayList<>();
        for (Candidate candidate : candidates.getOrDefault(name, List.of())) {
            try {
                T parsed = key.parse(candidate.raw());
                if (winner == null) {
                    winner = candidate;
                    value = parsed;
                }
            } catch (IllegalArgumentException e) {
                rejected.add(candidate);
            }
        }
        String used = winner == null
                ? fallback.description()
                : "\"" + Key.printable(winner.raw()) + "\" from " + winner.source();
        for (Candidate bad : rejected) {
            diagnostics.warn("invalid value \"" + Key.printable(bad.raw()) + "\" for " + name + " from " + bad.source()
                    + ": expected " + key.type().allowed() + "; using " + used);
        }
        return Optional.ofNullable(winner == null ? fallback.value() : value);
    }

    /** The value of {@code family}'s member {@code name}; empty, and each candidate reported, if the name is bad. */
    <T> Optional<T> member(KeyFamily<T> family, String name) {
        Key<T> key;
        try {
            key = family.key(name);
        } catch (IllegalArgumentException e) {
            rejectName(name, e);
            return Optional.empty();
        }
        return find(key);
    }

    /** The options of the sink {@code scope} describes; when its name is bad, each is its default, and reported. */
    OptionReader options(SinkScope scope) {
        return new OptionReader() {
            @Override
            public <T> T get(SinkOption<T> option) {
                return find(option).orElseThrow(() -> new IllegalStateException(option + " declares no default"));
            }

            @Override
            public <T> Optional<T> find(SinkOption<T> option) {
                Key<T> key = scope.key(option);
                try {
                    scope.keyFor(key.property());
                } catch (IllegalArgumentException e) {
                    rejectName(key.property(), e);
                    return Optional.ofNullable(option.fallback().value());
                }
                return ConfigLookup.this.find(key);
            }
        };
    }

    /**
     * Reports each entry under {@code prefix} that nothing has read as {@code problem} (given the entry's name) and
     * marks it read, so that {@link #reportUnused} does not report it again.
     */
    void rejectUnreadUnder(String prefix, Function<String, String> problem) {
        for (String name : names()) {
            if (name.startsWith(prefix) && !read.contains(name)) {
                rejectName(name, new IllegalArgumentException(problem.apply(name)));
            }
        }
    }

    /** Marks every entry under {@code prefix} read, without a report: they were reported already. */
    void skipUnder(String prefix) {
        for (String name : names()) {
            if (name.startsWith(prefix)) {
                read.add(name);
            }
        }
    }

    /** The names some source set, in the order they were first set. */
    List<String> names() {
        return List.copyOf(candidates.keySet());
    }

    /**
     * Reports each entry nothing has read: as having no effect if {@code keyFor} accepts its name and value, else with
     * the problem.
     */
    void reportUnused(Function<String, Key<?>> keyFor) {
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            if (read.contains(entry.getKey())) {
                continue;
            }
            for (Candidate candidate : entry.getValue()) {
                try {
                    keyFor.apply(entry.getKey()).parse(candidate.raw());
                    diagnostics.warn(
                            "key " + entry.getKey() + " in " + candidate.source() + " has no effect here; ignored");
                } catch (IllegalArgumentException e) {
                    diagnostics.warn(e.getMessage() + " (in " + candidate.source() + "); ignored");
                }
            }
        }
    }

    private void rejectName(String name, IllegalArgumentException problem) {
        read.add(name);
        for (Candidate candidate : candidates.getOrDefault(name, List.of())) {
            diagnostics.warn(problem.getMessage() + " (in " + candidate.source() + "); ignored");
        }
    }
}
