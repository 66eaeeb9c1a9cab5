package dev.cairn.context;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A typed slot for a value that travels with the context, across threads and into every record's snapshot, without
 * being written as a field. Only code that holds the key can read the value, so a library can keep its own state in
 * the context (flows keep where the thread stands in a flow) without the context knowing its type.
 *
 * <pre>{@code
 * static final ContextKey<Tenant> TENANT = ContextKey.named("tenant");
 *
 * try (var scope = LogContext.with("tenant_id", tenant.id()).with(TENANT, tenant).open()) {
 *     Tenant current = TENANT.current();
 * }
 * }</pre>
 *
 * <p>Keys compare by identity: two keys with the same name are different slots.
 *
 * @param <T> the type of the value
 */
public final class ContextKey<T> {

    private final String name;

    private ContextKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A new key; {@code name} is for diagnostics only. */
    public static <T> ContextKey<T> named(String name) {
        return new ContextKey<>(name);
    }

    /** The value under this key in {@code snapshot}, or null. */
    @SuppressWarnings("unchecked")
    public T get(ContextSnapshot snapshot) {
        return (T) snapshot.attachment(this);
    }

    /** The value under this key in the current thread's context, or null. */
    public T current() {
        return get(LogContext.current());
    }

    /**
     * Closes, on the current thread, every open scope that put a value under this key for which {@code which} holds,
     * as if each had been closed by its owner; fields of other scopes stay in force.
     */
    public void closeScopes(Predicate<? super T> which) {
        ContextStack.current().closeLayers(this, which);
    }

    @Override
    public String toString() {
        return "ContextKey[" + name + "]";
    }
}
