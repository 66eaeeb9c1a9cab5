package dev.cairn.agent.internal;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/** Reports a failure while registering the transformer or retransforming loaded classes, and lets the JVM go on. */
final class InstallationErrors extends AgentBuilder.InstallationListener.Adapter {

    private final ErrorReport report;

    InstallationErrors(ErrorReport report) {
        this.report = report;
    }

    @Override
    public Throwable onError(
            Instrumentation instrumentation, ResettableClassFileTransformer classFileTransformer, Throwable throwable) {
        report.line("installation failed, classes already loaded may run uninstrumented (" + throwable + ")");
        return null;
    }
}
