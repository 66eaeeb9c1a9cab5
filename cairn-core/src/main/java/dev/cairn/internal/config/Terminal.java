package dev.cairn.internal.config;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Decides whether console output goes to a terminal, and so whether {@code auto} means text and color. From JDK 22
 * {@code System.console()} is never null, so there the answer is {@code Console.isTerminal()}, read reflectively
 * because Cairn compiles for 17.
 */
public final class Terminal {

    private Terminal() {}

    /** Whether the process's standard streams are attached to a terminal. */
    public static boolean isInteractive(Map<String, String> environment) {
        if ("dumb".equals(environment.get("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code NO_COLOR} asks for no color: set to any non-empty value. */
    public static boolean noColor(Map<String, String> environment) {
        String value = environment.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }
}
