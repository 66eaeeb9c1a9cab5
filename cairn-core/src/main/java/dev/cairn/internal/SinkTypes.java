package dev.cairn.internal;

import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The sink types on the class and module path, found once per JVM with {@link ServiceLoader} (through the context
 * class loader of the first thread that asks, so that a web application's own types are found, else Cairn's). Each
 * provider's type name and options are read once here: a provider that cannot be loaded, throws, or whose type name is
 * invalid or taken is left out, and its problem kept for the diagnostic channel.
 */
public final class SinkTypes {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Map<String, SinkType> byType;
    private final List<String> problems;

    SinkTypes(Iterable<SinkProvider> providers) {
        Map<String, SinkType> types = new TreeMap<>();
        List<String> found = new ArrayList<>();
        Iterator<SinkProvider> iterator = providers.iterator();
        while (true) {
            SinkProvider provider;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                found.add("a sink type could not be loaded (" + e.getMessage() + "); left out");
                continue;
            }
            String name = provider.getClass().getName();
            String type;
            List<SinkOption<?>> options;
            try {
                type = provider.type();
                options = List.copyOf(provider.options());
            } catch (RuntimeException | LinkageError e) {
                found.add("sink type provider " + name + " failed to describe itself (" + e + "); left out");
                continue;
            }
            if (type == null || !TYPE.matcher(type).matches()) {
                found.add("sink type \"" + Diagnostics.printable(type) + "\" of " + name + " is not a valid type name"
                        + " (1 to 64 lower-case letters, digits or -); left out");
            } else if (types.containsKey(type)) {
                found.add("sink type " + type + " is provided by both "
                        + types.get(type).provider().getClass().getName() + " and " + name + "; using the first");
            } else {
                types.put(type, new SinkType(provider, options));
            }
        }
        this.byType = Collections.unmodifiableMap(types);
        this.problems = List.copyOf(found);
    }

    /** The types installed in this JVM. */
    public static SinkTypes installed() {
        return Installed.TYPES;
    }

    /** The provider of {@code type}, or null. */
    public SinkProvider find(String type) {
        SinkType found = byType.get(type);
        return found == null ? null : found.provider();
    }

    /** The options {@code type} declares, as read when it was loaded; empty for an unknown type. */
    public List<SinkOption<?>> options(String type) {
        SinkType found = byType.get(type);
        return found == null ? List.of() : found.options();
    }

    /** Every type name, sorted. */
    public List<String> names() {
        return List.copyOf(byType.keySet());
    }

    /** Problems met while loading the providers, one line each. */
    public List<String> problems() {
        return problems;
    }

    /** Whether some type declares an option called {@code option}. */
    public boolean declaresOption(String option) {
        for (SinkType type : byType.values()) {
            for (SinkOption<?> declared : type.options()) {
                if (declared.name().equals(option)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record SinkType(SinkProvider provider, List<SinkOption<?>> options) {}

    private static final class Installed {
        static final SinkTypes TYPES = load();

        private static SinkTypes load() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return new SinkTypes(ServiceLoader.load(
                    SinkProvider.class, context != null ? context : SinkTypes.class.getClassLoader()));
        }
    }
}
