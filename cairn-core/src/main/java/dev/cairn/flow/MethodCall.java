package dev.cairn.flow;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.LogEvent;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.Ticker;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One call of a {@code @Logged} or {@code @LoggedFlow} method, for instrumentation that wraps such methods: the proxy of
 * {@link Flows#instrument} and the {@code cairn-agent} Java agent. Call {@link #enter} before the method body and
 * {@link #exit} after it, on the same thread.
 *
 * <pre>{@code
 * MethodCall call = MethodCall.enter(method, args);
 * try { result = body(); } catch (Throwable t) { call.exit(null, t); throw t; }
 * return call.exit(result, null);
 * }</pre>
 *
 * A call records an entry record and an exit record (ERROR when it throws, with the stack trace only where the
 * exception first passed, WARN when slower than its threshold), and a step of the active flow or a flow of its own.
 * An asynchronous method (declared to return {@code CompletionStage} or {@code CompletableFuture}) is timed until its
 * stage completes, and its caller gets a future that completes once the end has been recorded, so that a caller who
 * waits for it and then ends the flow never ends it before this step.
 */
public final class MethodCall {

    /**
     * Plans per method, kept with the method's declaring class (not in a static map keyed by {@code Method}), so that
     * an instrumented web application's class loader is not pinned after it is undeployed.
     */
    private static final ClassValue<ConcurrentHashMap<Method, MethodPlan>> PLANS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<Method, MethodPlan> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** What a value judged secret is written as; the same mask as redaction by key. */
    private static final String REDACTED = "[REDACTED]";

    private static final MethodCall NONE = new MethodCall(null, null, null, null, null, null, 0, null);
    /** Exceptions whose stack trace this thread has already logged, so an outer call logs only type and message. */
    private static final ThreadLocal<Throwable> LAST_LOGGED = new ThreadLocal<>();

    private final MethodPlan plan;
    private final Logger logger;
    private final Flow flow;
    private final Step step;
    private final String fn;
    private final Ticker ticker;
    private final long startNanos;
    /** For an asynchronous method, the context of the call, for the exit record written by the completing thread. */
    private final ContextSnapshot context;

    private MethodCall(
            MethodPlan plan,
            Logger logger,
            Flow flow,
            Step step,
            String fn,
            Ticker ticker,
            long startNanos,
            ContextSnapshot context) {
        this.plan = plan;
        this.logger = logger;
        this.flow = flow;
        this.step = step;
        this.fn = fn;
        this.ticker = ticker;
        this.startNanos = startNanos;
        this.context = context;
    }

    /** Starts a call of {@code method} logged to the process-wide log system. */
    public static MethodCall enter(Method method, Object[] args) {
        return enter(Cairn.system(), method, args);
    }

    /** Starts a call of {@code method} logged to {@code system}; a method without annotations gets a no-op call. */
    public static MethodCall enter(LogSystem system, Method method, Object[] args) {
        try {
            MethodPlan[] created = new MethodPlan[1];
            MethodPlan plan = PLANS.get(method.getDeclaringClass()).computeIfAbsent(method, m -> {
                MethodPlan found = MethodPlan.of(m);
                created[0] = found;
                return found == null ? NONE_PLAN : found;
            });
            if (plan == NONE_PLAN) {
                return NONE;
            }
            Logger logger = system.logger(plan.logger());
            if (created[0] != null && !plan.unnamed().isEmpty()) {
                warnUnnamed(logger, method, plan);
            }
            Flow flow = null;
            Step step = null;
            String fn = plan.name();
            if (plan.flow()) {
                fn = label(plan, args);
                flow = Flows.of(system).start(fn);
            } else {
                step = Step.start(fn);
            }
            if (logger.isEnabled(plan.level())) {
                LogEvent entry = logger.atLevel(plan.level()).with("fn", fn);
                if (plan.logArgs()) {
                    entry.with("args", arguments(plan, args));
                }
                entry.log("calling {}", fn);
            }
            Ticker ticker = system.ticker();
            return new MethodCall(
                    plan,
                    logger,
                    flow,
                    step,
                    fn,
                    ticker,
                    ticker.nanoTime(),
                    plan.async() ? LogContext.current() : null);
        } catch (RuntimeException | LinkageError e) {
            return NONE;
        }
    }

    private static final MethodPlan NONE_PLAN = new MethodPlan(
            "", "", false, -1, Level.TRACE, false, false, -1, new String[0], new boolean[0], false, List.of(), false);

    /**
     * Says once per method (when its plan is made) which arguments are redacted because the class file does not name
     * them, and how to name them.
     */
    private static void warnUnnamed(Logger logger, Method method, MethodPlan plan) {
        logger.atWarn()
                .with("fn", plan.name())
                .with("method", method.getDeclaringClass().getName() + "." + method.getName())
                .with("unnamed_args", plan.unnamed())
                .log(
                        "arguments {} of {} are logged as [REDACTED]: their names are not in the class file; compile"
                                + " with -parameters or -g, or mark them @NotSensitive or @Sensitive",
                        plan.unnamed(),
                        method.getName());
    }

    /**
     * Ends the call: {@code thrown} is what the body threw (rethrow it yourself), else {@code result} is what it
     * returned.
     *
     * @return what the method should return: {@code result}, or for an asynchronous method a future that completes as
     *     {@code result} does, once the call's end has been recorded
     */
    public Object exit(Object result, Throwable thrown) {
        if (plan == null) {
            return result;
        }
        try {
            if (thrown == null && plan.async() && result instanceof CompletionStage) {
                CompletionStage<?> logged = ((CompletionStage<?>) result).whenComplete((value, failure) -> {
                    try (LogContext.Scope ignored = context.attach()) {
                        logExit(value, unwrap(failure));
                    }
                });
                return flow != null ? flow.endWhen(logged) : step.endWhen(logged);
            }
            logExit(result, thrown);
            if (flow != null) {
                if (thrown != null) {
                    flow.fail(thrown);
                }
                flow.close();
            } else {
                if (thrown != null) {
                    step.fail(thrown);
                }
                step.close();
            }
        } catch (RuntimeException | LinkageError e) {
            // Logging must never change what the instrumented method does.
        }
        return result;
    }

    private void logExit(Object result, Throwable thrown) {
        double elapsedMs = Math.round((ticker.nanoTime() - startNanos) / 1_000.0) / 1_000.0;
        if (thrown != null) {
            boolean first = LAST_LOGGED.get() != thrown;
            LAST_LOGGED.set(thrown);
            LogEvent failed = logger.atError().with("fn", fn).with("elapsed_ms", elapsedMs);
            if (first) {
                failed.cause(thrown);
            } else {
                failed.with("error_type", thrown.getClass().getName()).with("error_message", thrown.getMessage());
            }
            failed.log("{} failed", fn);
            return;
        }
        boolean slow = plan.slowerThanMillis() >= 0 && elapsedMs > plan.slowerThanMillis();
        Level level = slow ? Level.WARN : plan.level();
        if (logger.isEnabled(level)) {
            LogEvent exit = logger.atLevel(level).with("fn", fn).with("elapsed_ms", elapsedMs);
            if (slow) {
                exit.with("slower_than_ms", plan.slowerThanMillis());
            }
            if (plan.logResult()) {
                exit.with("result", plan.redactedResult() ? REDACTED : result);
            }
            exit.log("{} returned", fn);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        if (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null) {
            return failure.getCause();
        }
        return failure;
    }

    private static String label(MethodPlan plan, Object[] args) {
        if (plan.labelIndex() >= 0 && args != null && plan.labelIndex() < args.length) {
            Object value = args[plan.labelIndex()];
            if (value != null && !String.valueOf(value).isEmpty()) {
                return String.valueOf(value);
            }
        }
        return plan.name();
    }

    private static Map<String, Object> arguments(MethodPlan plan, Object[] args) {
        Map<String, Object> named = new LinkedHashMap<>();
        String[] names = plan.parameterNames();
        for (int i = 0; args != null && i < args.length; i++) {
            boolean known = i < names.length;
            named.put(known ? names[i] : "arg" + i, known && !plan.redactedArguments()[i] ? args[i] : REDACTED);
        }
        return named;
    }
}
