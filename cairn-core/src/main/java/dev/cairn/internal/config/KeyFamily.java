package dev.cairn.internal.config;

import java.util.List;

/**
 * Keys that share a prefix and a type, one per member named after the prefix: {@code cairn.level.<logger>},
 * {@code cairn.json.rename.<key>}. Every member is unset unless a source sets it.
 *
 * @param <T> the type of each member's value
 */
public final class KeyFamily<T> {

    /** Checks the member part of a key's name. */
    @FunctionalInterface
    public interface MemberCheck {
        /**
         * Checks {@code member}, the part of {@code name} after the prefix.
         *
         * @throws IllegalArgumentException naming the key and what is expected
         */
        void check(String name, String member);
    }

    private final String prefix;
    private final ValueType<T> type;
    private final Fallback<T> fallback;
    private final MemberCheck check;

    private KeyFamily(String prefix, ValueType<T> type, Fallback<T> fallback, MemberCheck check) {
        this.prefix = prefix;
        this.type = type;
        this.fallback = fallback;
        this.check = check;
    }

    /**
     * The keys {@code prefix}{@code <member>} of {@code type}, described when unset as {@code absent}, with members
     * that pass {@code check}.
     */
    public static <T> KeyFamily<T> of(String prefix, ValueType<T> type, String absent, MemberCheck check) {
        return new KeyFamily<>(prefix, type, Fallback.absent(absent), check);
    }

    /** The prefix, ending in a dot. */
    public String prefix() {
        return prefix;
    }

    /** How members' values are read. */
    public ValueType<T> type() {
        return type;
    }

    /** What an unset member means. */
    public Fallback<T> fallback() {
        return fallback;
    }

    /** Whether {@code name} starts with the prefix. */
    public boolean covers(String name) {
        return name.startsWith(prefix);
    }

    /** The member part of {@code name}. */
    public String member(String name) {
        return name.substring(prefix.length());
    }

    /**
     * The key {@code name}, which starts with the prefix.
     *
     * @throws IllegalArgumentException naming the key when its member part is not allowed
     */
    public Key<T> key(String name) {
        check.check(name, member(name));
        return Key.derived(name, List.of(), type, fallback);
    }
}
