package dev.cairn.flow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter's value, or on a method its return value, as safe to log: with {@code logArgs} it is written even
 * when the parameter's name cannot be read from the class file (under {@code argN}), where it would otherwise be
 * redacted. Redaction by key name ({@code cairn.redact}) still applies to the name and to keys inside the value.
 *
 * <pre>{@code
 * @Logged(logArgs = true)
 * Order find(@NotSensitive long orderId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface NotSensitive {}
