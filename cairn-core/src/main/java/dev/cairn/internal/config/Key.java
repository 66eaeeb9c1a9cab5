package dev.cairn.internal.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one declaration of a configuration key: its property name, the environment variables that set it (the first
 * wins over the later ones, which are the seed's {@code LOG_*} fallbacks), its {@link ValueType}, its default and the
 * defaults profiles give it. {@link ConfigLookup#get} reads it as a {@code T}. Immutable; the {@code with} methods
 * return a changed copy, so declarations read as one chain.
 *
 * @param <T> the type of the key's value
 */
public final class Key<T> {

    private final String property;
    private final List<String> environment;
    private final ValueType<T> type;
    private final Fallback<T> fallback;
    private final Map<String, Fallback<T>> profileFallbacks;

    private Key(
            String property,
            List<String> environment,
            ValueType<T> type,
            Fallback<T> fallback,
            Map<String, Fallback<T>> profileFallbacks) {
        this.property = property;
        this.environment = List.copyOf(environment);
        this.type = type;
        this.fallback = fallback;
        this.profileFallbacks = Map.copyOf(profileFallbacks);
    }

    /** Key {@code property} of {@code type}, unset unless a source sets it, described as {@code absent}. */
    public static <T> Key<T> of(String property, ValueType<T> type, String absent) {
        return new Key<>(property, List.of(), type, Fallback.absent(absent), Map.of());
    }

    /** Key {@code property} of {@code type}, whose default is {@code fallback}. */
    public static <T> Key<T> of(String property, ValueType<T> type, Fallback<T> fallback) {
        return new Key<>(property, List.of(), type, fallback, Map.of());
    }

    /** Key {@code property} of {@code type}, whose default is {@code raw} ("the default {@code raw}"). */
    public static <T> Key<T> withDefault(String property, ValueType<T> type, String raw) {
        return of(property, type, Fallback.of(type, raw));
    }

    /** Key {@code property} of {@code type}, whose default is {@code raw}, described as {@code description}. */
    public static <T> Key<T> withDefault(String property, ValueType<T> type, String raw, String description) {
        return of(property, type, Fallback.of(type, raw, description));
    }

    /** This key, also set by {@code variables}, the first winning over the later ones. */
    public Key<T> environment(String... variables) {
        return new Key<>(property, List.of(variables), type, fallback, profileFallbacks);
    }

    /**
     * This key, defaulting to {@code raw} under {@code profile}, described as e.g. "DEBUG (the dev profile's level)"
     * after the last segment of the property name.
     */
    public Key<T> inProfile(String profile, String raw) {
        String noun = property.substring(property.lastIndexOf('.') + 1);
        Map<String, Fallback<T>> fallbacks = new HashMap<>(profileFallbacks);
        fallbacks.put(profile, Fallback.of(type, raw, raw + " (the " + profile + " profile's " + noun + ")"));
        return new Key<>(property, environment, type, fallback, fallbacks);
    }

    /** The property name, e.g. {@code cairn.queue.size}. */
    public String property() {
        return property;
    }

    /** The environment variables, highest precedence first; empty when the key has no environment form. */
    public List<String> environment() {
        return environment;
    }

    /** How values are read. */
    public ValueType<T> type() {
        return type;
    }

    /** The default outside any profile. */
    public Fallback<T> fallback() {
        return fallback;
    }

    /** The default under {@code profile} (null for none). */
    public Fallback<T> fallback(String profile) {
        return profileFallbacks.getOrDefault(profile == null ? "" : profile, fallback);
    }

    /** The profiles that give this key a default of their own, with those defaults. */
    public Map<String, Fallback<T>> profileFallbacks() {
        return profileFallbacks;
    }

    /**
     * The value {@code raw} stands for.
     *
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     */
    public T parse(String raw) {
        try {
            if (raw == null) {
                throw new IllegalArgumentException();
            }
            return type.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid value \"" + printable(raw) + "\" for " + property + ": expected " + type.allowed(), e);
        }
    }

    /** A key that another declaration stands for: a member of a {@link KeyFamily}, an option in a {@link SinkScope}. */
    static <T> Key<T> derived(String property, List<String> environment, ValueType<T> type, Fallback<T> fallback) {
        return new Key<>(property, environment, type, fallback, Map.of());
    }

    /** {@code raw} with control characters escaped and cut to 100 characters, safe to print in an error line. */
    static String printable(String raw) {
        if (raw == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        dev.cairn.internal.layout.TerminalText.append(out, raw, 100);
        return out.toString().replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return property;
    }
}
