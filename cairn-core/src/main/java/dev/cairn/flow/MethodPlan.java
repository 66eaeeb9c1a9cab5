package dev.cairn.flow;

import dev.cairn.Level;
import dev.cairn.internal.classfile.ParameterNames;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * What to do around calls of one annotated method, read once from its annotations and cached.
 *
 * @param flow whether calls are flows ({@code @LoggedFlow}) rather than steps ({@code @Logged})
 * @param labelIndex the argument that gives the flow label, or -1
 * @param parameterNames the key of each argument in {@code args}: its name, or {@code argN} when the class file has none
 * @param redactedArguments which arguments are written as {@code [REDACTED]}: those marked {@link Sensitive}, and those
 *     without a name unless marked {@link NotSensitive} (a value whose name cannot be judged is never written in clear)
 * @param redactedResult whether the method is marked {@link Sensitive}, so its result is written as {@code [REDACTED]}
 * @param unnamed the parameters redacted only for want of a name, for the one warning that says so; empty if none
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
        boolean[] redactedArguments,
        boolean redactedResult,
        List<String> unnamed,
        boolean async) {

    /** The plan for {@code method}, or null when it carries neither annotation. */
    static MethodPlan of(Method method) {
        LoggedFlow flow = method.getAnnotation(LoggedFlow.class);
        Logged logged = method.getAnnotation(Logged.class);
        if (flow == null && logged == null) {
            return null;
        }
        boolean logArgs = flow != null ? flow.logArgs() : logged.logArgs();
        String[] found = logArgs || (flow != null && !flow.labelFrom().isEmpty())
                ? ParameterNames.of(method)
                : new String[method.getParameterCount()];
        Annotation[][] annotations = method.getParameterAnnotations();
        String[] names = new String[found.length];
        boolean[] redacted = new boolean[found.length];
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            names[i] = found[i] != null ? found[i] : "arg" + i;
            boolean sensitive = has(annotations[i], Sensitive.class);
            boolean notSensitive = has(annotations[i], NotSensitive.class);
            redacted[i] = sensitive || (found[i] == null && !notSensitive);
            if (logArgs && found[i] == null && !sensitive && !notSensitive) {
                unnamed.add(names[i]);
            }
        }
        boolean redactedResult = method.isAnnotationPresent(Sensitive.class);
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
                    redacted,
                    redactedResult,
                    List.copyOf(unnamed),
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
                redacted,
                redactedResult,
                List.copyOf(unnamed),
                async);
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == type) {
                return true;
            }
        }
        return false;
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
