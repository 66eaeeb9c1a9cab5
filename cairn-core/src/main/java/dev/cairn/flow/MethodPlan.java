package dev.cairn.flow;

import dev.cairn.Level;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.concurrent.CompletionStage;

/**
 * What to do around calls of one annotated method, read once from its annotations and cached.
 *
 * @param flow whether calls are flows ({@code @LoggedFlow}) rather than steps ({@code @Logged})
 * @param labelIndex the argument that gives the flow label, or -1
 * @param async whether the method returns {@code CompletionStage} or {@code CompletableFuture}, so that its result can
 *     be replaced by a future that completes once the call has been recorded
 */
record MethodPlan(
        String logger,
        String name,
        boolean flow,
        int labelIndex,
        Level level,
        boolean logArgs,
        boolean logResult,
        long slowerThanMillis,
        String[] parameterNames,
        boolean async) {

    /** The plan for {@code method}, or null when it carries neither annotation. */
    static MethodPlan of(Method method) {
        LoggedFlow flow = method.getAnnotation(LoggedFlow.class);
        Logged logged = method.getAnnotation(Logged.class);
        if (flow == null && logged == null) {
            return null;
        }
        Parameter[] parameters = method.getParameters();
        String[] names = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            names[i] = parameters[i].getName();
        }
        Class<?> returns = method.getReturnType();
        boolean async = returns == CompletionStage.class || returns == java.util.concurrent.CompletableFuture.class;
        String logger = method.getDeclaringClass().getName();
        if (flow != null) {
            String label = flow.value().isEmpty() ? method.getName() : flow.value();
            return new MethodPlan(
                    logger,
                    label,
                    true,
                    labelIndex(flow.labelFrom(), names),
                    flow.level(),
                    flow.logArgs(),
                    flow.logResult(),
                    flow.slowerThan(),
                    names,
                    async);
        }
        String name = logged.name().isEmpty() ? method.getName() : logged.name();
        return new MethodPlan(
                logger,
                name,
                false,
                -1,
                logged.level(),
                logged.logArgs(),
                logged.logResult(),
                logged.slowerThan(),
                names,
                async);
    }

    private static int labelIndex(String labelFrom, String[] names) {
        if (labelFrom.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(labelFrom)) {
                return i;
            }
        }
        try {
            int index = Integer.parseInt(labelFrom);
            return index >= 0 && index < names.length ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
