package dev.cairn.internal;

import dev.cairn.spi.Sink;
import java.util.List;

/**
 * The sinks of a new configuration, opened in two steps so that a sink writing on this machine (a file, the console)
 * opens only after the one it replaces has closed. A new file sink then reads the file's true end (a line cut short,
 * a sealed chain's last record), and its records never interleave with the old sink's last ones.
 */
public interface SinkSet {

    /** The sinks open already, before the previous configuration's local sinks close; that close leaves them open. */
    List<Sink> opened();

    /**
     * Opens the remaining sinks and returns every sink of the configuration, in order; called once. A sink that
     * cannot be opened is reported and left out, so this does not throw.
     */
    List<SinkBinding> open();
}
