package dev.cairn.agent.internal;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Builds and installs the class file transformer. */
public final class Installer {

    /*
     * Annotations are matched by name: the agent's class loader need not see cairn-core, and matching reads the class
     * file (ByteBuddy's type pool) without loading the class or its annotations.
     */
    private static final String LOGGED = "dev.cairn.flow.Logged";
    private static final String FLOW = "dev.cairn.flow.LoggedFlow";

    /**
     * The application's own ByteBuddy. Not a literal: the shade plugin rewrites every string constant starting with
     * {@code net.bytebuddy} to the relocated package, which is ignored already as part of the agent.
     */
    private static final String APPLICATION_BYTEBUDDY = String.join(".", "net", "bytebuddy", "");

    /** Packages never examined: the JDK's, ByteBuddy's and Cairn's own runtime (the agent included). */
    private static final String[] IGNORED_PACKAGES = {
        "java.",
        "javax.",
        "jdk.",
        "sun.",
        "com.sun.",
        APPLICATION_BYTEBUDDY,
        "dev.cairn.agent.",
        "dev.cairn.internal.",
        "dev.cairn.flow.",
    };

    private Installer() {}

    /**
     * Installs the transformer. {@code attached} is true when the JVM was already running: its loaded classes are then
     * retransformed from their class files as their class loaders find them, because the bytes the JVM hands back for
     * a loaded class lack the {@code MethodParameters} attribute on some JDKs (17 among them), and parameter names
     * would be lost for {@code logArgs} and {@code labelFrom}.
     */
    public static void install(
            AgentOptions options, Instrumentation instrumentation, ErrorReport report, boolean attached) {
        new AgentBuilder.Default()
                // Advice adds no field or method, so classes keep their shape and can be retransformed on attach.
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(
                        attached
                                ? AgentBuilder.ClassFileBufferStrategy.Default.DISCARDING
                                : AgentBuilder.ClassFileBufferStrategy.Default.RETAINING)
                .with(new ErrorListener(report))
                .with(new InstallationErrors(report))
                .ignore(ignoredTypes())
                .or(any(), isBootstrapClassLoader())
                .type(inScope(options).and(declaresMethod(annotatedMethods())))
                .and(new CoreCheck(report))
                .transform(new AgentBuilder.Transformer.ForAdvice(
                                Advice.withCustomMapping().bind(InstrumentedMethodMapping.INSTANCE))
                        // The advice class is read as a class file from the agent jar, never loaded (see MethodAdvice).
                        .include(Installer.class.getClassLoader())
                        .advice(annotatedMethods(), MethodAdvice.class.getName()))
                .installOn(instrumentation);
    }

    /**
     * Methods with a body that carry either annotation. Bridge methods are excluded: javac copies the annotations of
     * a method onto its bridges, and instrumenting both would log each call through the bridge twice.
     */
    static ElementMatcher.Junction<MethodDescription> annotatedMethods() {
        return isMethod()
                .and(isAnnotatedWith(named(LOGGED)).or(isAnnotatedWith(named(FLOW))))
                .and(not(isAbstract()))
                .and(not(isNative()))
                .and(not(isBridge()))
                .and(not(isSynthetic()));
    }

    /** Whether {@code typeName} is in a package the agent never examines. */
    static boolean isIgnored(String typeName) {
        for (String prefix : IGNORED_PACKAGES) {
            if (typeName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static ElementMatcher.Junction<TypeDescription> ignoredTypes() {
        ElementMatcher.Junction<TypeDescription> ignored = isSynthetic();
        for (String prefix : IGNORED_PACKAGES) {
            ignored = ignored.or(nameStartsWith(prefix));
        }
        return ignored;
    }

    private static ElementMatcher.Junction<TypeDescription> inScope(AgentOptions options) {
        if (options.packages().isEmpty()) {
            return any();
        }
        ElementMatcher.Junction<TypeDescription> scope = none();
        for (String name : options.packages()) {
            scope = scope.or(nameStartsWith(name + "."));
        }
        return scope;
    }
}
