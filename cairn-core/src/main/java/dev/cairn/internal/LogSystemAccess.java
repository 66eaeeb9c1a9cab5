package dev.cairn.internal;

import dev.cairn.LogSystem;
import dev.cairn.internal.config.FlowLimits;
import java.util.Objects;

/**
 * What the packages beside {@code dev.cairn} (flows) need of a {@link LogSystem} but the public API does not offer:
 * its engine and its flow limits. {@code LogSystem} registers the one implementation when its class initializes, so
 * every caller that holds a log system finds it registered (the JDK's "shared secrets" pattern); the public API
 * thereby never exposes internal types, and {@code dev.cairn} never imports the packages built on it.
 */
public final class LogSystemAccess {

    /** The view of a log system's internals. */
    public interface Access {
        Engine engine(LogSystem system);

        FlowLimits flowLimits(LogSystem system);
    }

    private static volatile Access access;

    private LogSystemAccess() {}

    /** Called once, by {@code LogSystem}'s static initializer. */
    public static void register(Access implementation) {
        access = Objects.requireNonNull(implementation, "implementation");
    }

    /** The engine that writes {@code system}'s records. */
    public static Engine engine(LogSystem system) {
        return access.engine(system);
    }

    /** The bounds on flows in {@code system}'s current configuration. */
    public static FlowLimits flowLimits(LogSystem system) {
        return access.flowLimits(system);
    }
}
