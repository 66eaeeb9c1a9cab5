package dev.cairn.agent.internal;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;

/**
 * Matches only classes whose class loader sees a {@code dev.cairn.flow.MethodCall} that the advice can call.
 * The advice is compiled against one version of cairn-core and inlined into classes that run with whatever version
 * the application has; a mismatch would make every call fail inside the advice, silently. Instead, such a class
 * loader is reported once and its classes are left unchanged.
 */
final class CoreCheck implements AgentBuilder.RawMatcher {

    static final String METHOD_CALL = "dev.cairn.flow.MethodCall";

    /** Weak keys: a class loader that is discarded (an undeployed web application) must not be held. */
    private final Map<ClassLoader, Boolean> usable = Collections.synchronizedMap(new WeakHashMap<>());

    private final ErrorReport report;

    CoreCheck(ErrorReport report) {
        this.report = report;
    }

    @Override
    public boolean matches(
            TypeDescription typeDescription,
            ClassLoader classLoader,
            JavaModule module,
            Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain) {
        if (classLoader == null) {
            return false;
        }
        return usable.computeIfAbsent(classLoader, loader -> {
            String problem;
            try {
                problem = problem(ClassFileLocator.ForClassLoader.of(loader));
            } catch (RuntimeException e) {
                // A class file that cannot be read or parsed: the advice could not be linked against it either.
                problem = "cannot read " + METHOD_CALL + " (" + e + ")";
            }
            if (problem != null) {
                report.line(problem + " in class loader " + loader + "; its annotated classes are left unchanged");
            }
            return problem == null;
        });
    }

    /** What is wrong with the MethodCall that {@code classFiles} finds, or null when the advice can call it. */
    static String problem(ClassFileLocator classFiles) {
        TypePool.Resolution resolution = TypePool.Default.of(classFiles).describe(METHOD_CALL);
        if (!resolution.isResolved()) {
            return "cairn-core (" + METHOD_CALL + ") is not visible";
        }
        TypeDescription methodCall = resolution.resolve();
        MethodList<?> enter = methodCall
                .getDeclaredMethods()
                .filter(named("enter")
                        .and(isPublic())
                        .and(isStatic())
                        .and(takesArguments(Method.class, Object[].class))
                        .and(returns(methodCall)));
        MethodList<?> exit = methodCall
                .getDeclaredMethods()
                .filter(named("exit")
                        .and(isPublic())
                        .and(not(isStatic()))
                        .and(takesArguments(Object.class, Throwable.class))
                        .and(returns(Object.class)));
        if (enter.isEmpty() || exit.isEmpty()) {
            return "the cairn-core version on the class path does not match this agent (it needs MethodCall"
                    + " enter(Method, Object[]) and Object exit(Object, Throwable))";
        }
        return null;
    }
}
