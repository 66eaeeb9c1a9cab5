package dev.cairn.slf4j;

import dev.cairn.context.LogContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.spi.MDCAdapter;

/**
 * SLF4J's MDC over {@link LogContext}: {@code MDC.put} values are fields of every Cairn record logged on the thread and
 * travel wherever Cairn's context does ({@code LogContext.wrap}). Reads see the whole context, scoped fields included;
 * {@code remove} and {@code clear} touch only the fields set with {@code put}, never a scope's.
 *
 * <p>The SLF4J 2 stacks ({@code pushByKey}) are kept per thread apart from the map, as SLF4J's own adapters do: they
 * are not written on records. Popping an empty or cleared stack answers null (SLF4J's own helper throws there).
 */
final class CairnMdcAdapter implements MDCAdapter {

    private final ThreadLocal<Map<String, Deque<String>>> stacks = ThreadLocal.withInitial(HashMap::new);

    @Override
    public void put(String key, String value) {
        LogContext.put(key, value);
    }

    @Override
    public String get(String key) {
        Object value = LogContext.get(key);
        return value == null ? null : String.valueOf(value);
    }

    @Override
    public void remove(String key) {
        LogContext.remove(key);
    }

    @Override
    public void clear() {
        LogContext.clear();
    }

    /** A mutable copy of the context as strings; empty, never null, when the context is empty. */
    @Override
    public Map<String, String> getCopyOfContextMap() {
        Map<String, String> copy = new HashMap<>();
        LogContext.current()
                .asMap()
                .forEach((key, value) -> copy.put(key, value == null ? null : String.valueOf(value)));
        return copy;
    }

    /** Replaces the fields set with {@code put} by {@code contextMap}'s; a null map just clears them. */
    @Override
    public void setContextMap(Map<String, String> contextMap) {
        LogContext.clear();
        if (contextMap != null) {
            contextMap.forEach(LogContext::put);
        }
    }

    @Override
    public void pushByKey(String key, String value) {
        stacks.get().computeIfAbsent(key, k -> new ArrayDeque<>()).push(value);
    }

    @Override
    public String popByKey(String key) {
        Deque<String> stack = stacks.get().get(key);
        if (stack == null) {
            return null;
        }
        String value = stack.poll();
        if (stack.isEmpty()) {
            stacks.get().remove(key);
        }
        return value;
    }

    /** A copy of the stack under {@code key}, top first, or null if there is none. */
    @Override
    public Deque<String> getCopyOfDequeByKey(String key) {
        Deque<String> stack = stacks.get().get(key);
        return stack == null ? null : new ArrayDeque<>(stack);
    }

    @Override
    public void clearDequeByKey(String key) {
        stacks.get().remove(key);
    }
}
