package dev.cairn.spi;

import java.util.List;

/**
 * A type of sink, found with {@link java.util.ServiceLoader}: a module on the class or module path that registers one
 * (in {@code META-INF/services/dev.cairn.spi.SinkProvider}, and with {@code provides} in its {@code module-info.java})
 * lets a configuration say {@code cairn.sink.<name>.type=<type>} and set the options the type declares.
 *
 * <p>Cairn's own {@code console} and {@code file} types are found the same way. A provider needs a public no-argument
 * constructor (or a static {@code provider()} method on the module path) and is shared by every log system.
 */
public interface SinkProvider {

    /** The name written after {@code type=}: 1 to 64 lower-case letters, digits or {@code -}, unique among types. */
    String type();

    /**
     * The options a sink of this type accepts; {@code levels}, {@code loggers} and {@code kinds} are handled by Cairn
     * for every sink. Any other option set for a sink of this type is reported as unknown.
     */
    List<SinkOption<?>> options();

    /**
     * Opens a sink configured by {@code context}. Called when a configuration is applied, on the thread applying it.
     *
     * @throws Exception if the destination cannot be opened; it is reported in one line and the sink is left out
     */
    Sink create(SinkContext context) throws Exception;
}
