package dev.cairn.agent.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an advice parameter of type {@link java.lang.reflect.Method} to the instrumented method, looked up once per
 * class instead of once per call as {@code @Advice.Origin Method} does (see {@link InstrumentedMethodMapping}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface InstrumentedMethod {}
