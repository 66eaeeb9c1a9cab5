package dev.cairn.internal.limit;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The limit states of one logger's call sites. A site is named by its message template (or, for a message supplier,
 * the supplier's class: one per lambda expression), so finding it is a hash lookup of an object the call already
 * holds: no stack walk, no allocation. Two statements of one logger with the same template share a state.
 *
 * <p>Bounded: at most {@value #MAX_SITES} sites per logger and {@value #MAX_KEYS} {@code per} keys per site. Sites or
 * keys beyond the bound share one overflow state, so their calls are still limited (together) and counted, and memory
 * stays bounded whatever the templates and keys.
 */
final class CallSites {

    static final int MAX_SITES = 1024;
    static final int MAX_KEYS = 1024;

    private final ConcurrentHashMap<Object, Site> sites = new ConcurrentHashMap<>();
    private final Site overflow = new Site();

    /** The state of call site {@code site} (null: the statements without a message), for {@code key} when keyed. */
    LimitState state(Object site, boolean keyed, Object key) {
        Object name = site == null ? CallSites.class : site;
        Site found = sites.get(name);
        if (found == null) {
            found = sites.size() >= MAX_SITES ? overflow : sites.computeIfAbsent(name, s -> new Site());
        }
        return keyed ? found.keyed(key) : found.unkeyed;
    }

    /** One call site: its state without a key, and one per {@code per} key. */
    private static final class Site {
        final LimitState unkeyed = new LimitState();
        final LimitState overflowKeys = new LimitState();
        final ConcurrentHashMap<Object, LimitState> keys = new ConcurrentHashMap<>();

        /** The state of {@code key}; a key whose {@code hashCode} or {@code equals} throws gets the overflow one. */
        LimitState keyed(Object key) {
            Object name = key == null ? Site.class : key;
            try {
                LimitState found = keys.get(name);
                if (found == null) {
                    found = keys.size() >= MAX_KEYS ? overflowKeys : keys.computeIfAbsent(name, k -> new LimitState());
                }
                return found;
            } catch (RuntimeException e) {
                return overflowKeys;
            }
        }
    }
}
