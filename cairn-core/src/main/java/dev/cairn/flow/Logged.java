package dev.cairn.flow;

import dev.cairn.Level;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Logs calls of a method: an entry record and an exit record with the elapsed time, and inside a flow a step of its
 * timeline. Arguments and the result are not logged unless asked for; when they are, they pass through redaction
 * (arguments by parameter name from the class file; an argument it does not name is redacted, see {@link Sensitive}
 * and {@link NotSensitive}). A method returning a
 * {@code CompletionStage} is timed until the stage completes.
 *
 * <pre>{@code
 * @Logged(slowerThan = 500)
 * Receipt charge(Card card, BigDecimal amount) { ... }
 * }</pre>
 *
 * Applied by {@code LogSystem.instrument} (interfaces) or the {@code cairn-agent} Java agent (any class).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Logged {

    /** The level of the entry and exit records. */
    Level level() default Level.DEBUG;

    /** The step name; the method name when empty. */
    String name() default "";

    /** Whether the entry record carries the arguments, as {@code args} keyed by parameter name. */
    boolean logArgs() default false;

    /** Whether the exit record carries the return value as {@code result}. */
    boolean logResult() default false;

    /** Milliseconds after which the exit record is raised to WARN; negative for never. */
    long slowerThan() default -1;
}
