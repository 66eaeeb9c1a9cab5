package dev.cairn.flow;

import dev.cairn.LogSystem;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain-Java proxy that applies {@code @Logged} and {@code @LoggedFlow} to the calls of an interface, reading the
 * annotations from the implementation's methods (or, failing that, the interface's). Exceptions from the
 * implementation are rethrown unchanged.
 */
final class LoggingProxy implements InvocationHandler {

    private final LogSystem system;
    private final Object target;
    private final ConcurrentHashMap<Method, Method> annotated = new ConcurrentHashMap<>();

    private LoggingProxy(LogSystem system, Object target) {
        this.system = system;
        this.target = target;
    }

    /** A proxy implementing {@code type} that logs the annotated methods of {@code target} to {@code system}. */
    static <T> T create(LogSystem system, Class<T> type, T target) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface: proxies need one; for classes,"
                    + " use the cairn-agent Java agent");
        }
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                new LoggingProxy(system, java.util.Objects.requireNonNull(target, "target"))));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return invokeObjectMethod(proxy, method, args);
        }
        MethodCall call = MethodCall.enter(system, annotated.computeIfAbsent(method, this::annotatedMethod), args);
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            call.exit(null, e.getCause());
            throw e.getCause();
        }
        return call.exit(result, null);
    }

    /** The implementation's method when it exists and carries annotations, else the interface's. */
    private Method annotatedMethod(Method method) {
        try {
            Method implementation = target.getClass().getMethod(method.getName(), method.getParameterTypes());
            if (implementation.getDeclaredAnnotations().length > 0) {
                return implementation;
            }
        } catch (NoSuchMethodException e) {
            // A default method of the interface: its own annotations apply.
        }
        return method;
    }

    private Object invokeObjectMethod(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "logging proxy of " + target;
            default:
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
        }
    }
}
