package dev.cairn.agent;

import dev.cairn.agent.internal.AgentOptions;
import dev.cairn.agent.internal.ErrorReport;
import dev.cairn.agent.internal.Installer;
import java.lang.instrument.Instrumentation;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Cairn Java agent: applies {@code @Logged} and {@code @Flow} to the methods of any class as it is loaded, with
 * the same records as the interface proxy.
 *
 * <pre>
 * java -javaagent:cairn-agent.jar -jar service.jar
 * java -javaagent:cairn-agent.jar=packages=com.acme,org.shop -jar service.jar
 * </pre>
 *
 * The agent never stops the application: a problem is reported on standard error as a line starting with
 * {@code cairn-agent:} and the affected class (or, at worst, every class) runs unchanged.
 */
public final class CairnAgent {

    /**
     * ByteBuddy's switch that keeps it from using {@code sun.misc.Unsafe} (which JDK 24+ warns about on standard
     * error), under the relocated name: it concerns only the agent's private copy, never the application's ByteBuddy.
     */
    private static final String BYTEBUDDY_SAFE = "dev.cairn.agent.shaded.bytebuddy.safe";

    /** A second agent (given twice, or attached after start-up) would log every call twice. */
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private CairnAgent() {}

    /** Entry point of {@code -javaagent:cairn-agent.jar[=options]}, called before the application's main method. */
    public static void premain(String arguments, Instrumentation instrumentation) {
        install(arguments, instrumentation, false);
    }

    /** Entry point when the agent is attached to a running JVM: classes already loaded are retransformed. */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        install(arguments, instrumentation, true);
    }

    private static void install(String arguments, Instrumentation instrumentation, boolean attached) {
        ErrorReport report = new ErrorReport(System.err);
        if (!INSTALLED.compareAndSet(false, true)) {
            report.line("already installed in this JVM; the second copy is ignored");
            return;
        }
        try {
            // Before any ByteBuddy class is initialized: they read it once. An explicit -D setting wins.
            if (System.getProperty(BYTEBUDDY_SAFE) == null) {
                System.setProperty(BYTEBUDDY_SAFE, "true");
            }
            Installer.install(AgentOptions.parse(arguments, report), instrumentation, report, attached);
        } catch (Throwable e) {
            // An exception out of premain aborts the JVM: the application must start without the agent instead.
            report.line("not installed, no method is instrumented (" + e + ")");
        }
    }
}
