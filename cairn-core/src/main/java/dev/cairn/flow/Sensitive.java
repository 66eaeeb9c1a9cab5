package dev.cairn.flow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter's value, or on a method its return value, as a secret: with {@code logArgs} or {@code logResult}
 * it is written as {@code [REDACTED]} whatever the parameter is called, and the value is never captured.
 *
 * <pre>{@code
 * @Logged(logArgs = true)
 * Session open(String user, @Sensitive String pin) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Sensitive {}
