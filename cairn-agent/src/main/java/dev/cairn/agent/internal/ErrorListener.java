package dev.cairn.agent.internal;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.utility.JavaModule;

/**
 * Reports a class that could not be instrumented. ByteBuddy has then already left the class as it was: the report
 * is all that is left to do.
 */
final class ErrorListener extends AgentBuilder.Listener.Adapter {

    private final ErrorReport report;

    ErrorListener(ErrorReport report) {
        this.report = report;
    }

    @Override
    public void onError(
            String typeName, ClassLoader classLoader, JavaModule module, boolean loaded, Throwable throwable) {
        if (Installer.isIgnored(typeName)) {
            // On attach, describing a JDK class without a class file
            // (jdk.internal.reflect.GeneratedConstructorAccessor…)
            // fails before the ignore rule is asked; the agent would never have changed it, so nothing is lost.
            return;
        }
        report.line("cannot instrument " + typeName + ", left unchanged (" + throwable + ")");
    }
}
