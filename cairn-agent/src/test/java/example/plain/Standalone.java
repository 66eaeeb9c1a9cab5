package example.plain;

import dev.cairn.flow.Logged;

/**
 * An application run without cairn-core on its class path: the annotation is compiled in, but at run time the JVM
 * ignores annotations it cannot find, and so must the agent.
 */
public final class Standalone {

    private Standalone() {}

    @Logged
    static String greet(String name) {
        return "hello " + name;
    }

    public static void main(String[] args) {
        System.err.println("fixture: " + greet("world"));
    }
}
