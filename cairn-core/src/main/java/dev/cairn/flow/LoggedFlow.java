package dev.cairn.flow;

import dev.cairn.Level;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as the entry point of a flow: each call is one flow ({@code flow_start}, the steps inside,
 * {@code flow_end}), or a step of the active flow when one is already running. Takes the options of {@link Logged}.
 *
 * <pre>{@code
 * @LoggedFlow("checkout")
 * Order checkout(Cart cart) { ... }
 *
 * @LoggedFlow(labelFrom = "tenant")            // the label is the value of parameter "tenant"
 * Report build(String tenant, Period period) { ... }
 * }</pre>
 *
 * The code-block equivalent is {@link Flow}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LoggedFlow {

    /** The flow label; the method name when empty. */
    String value() default "";

    /**
     * Takes the label from an argument instead: a parameter name (needs {@code -parameters}) or a zero-based index
     * such as {@code "0"}; the argument's text is used, and an empty or missing argument falls back to {@link #value()}.
     */
    String labelFrom() default "";

    /** The level of the entry and exit records. */
    Level level() default Level.DEBUG;

    /** Whether the entry record carries the arguments. */
    boolean logArgs() default false;

    /** Whether the exit record carries the return value. */
    boolean logResult() default false;

    /** Milliseconds after which the exit record is raised to WARN; negative for never. */
    long slowerThan() default -1;
}
