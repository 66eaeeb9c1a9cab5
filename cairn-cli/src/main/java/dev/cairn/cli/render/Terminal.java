package dev.cairn.cli.render;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Detects whether standard output and standard error are terminals. */
public final class Terminal {

    private Terminal() {}

    /**
     * Standard output: on JDK 22+ {@code System.console()} exists even when redirected, so its
     * {@code isTerminal()} (looked up reflectively to keep compiling for 17) decides; on older
     * JDKs a console exists only when attached to a terminal.
     */
    public static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Standard error: the JDK has no API for it, so on Linux the target of {@code /proc/self/fd/2}
     * decides (a tty or pseudo-terminal device); elsewhere it is assumed not to be a terminal,
     * which only costs the progress bar.
     */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
