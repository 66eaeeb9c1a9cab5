package dev.cairn.spring.boot;

import dev.cairn.flow.Logged;
import dev.cairn.flow.LoggedFlow;
import dev.cairn.flow.MethodCall;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;

/**
 * Applies {@code @Logged} and {@code @LoggedFlow} to the methods of Spring beans through Spring AOP proxies, as the
 * {@code cairn-agent} does at load time: each call is a step of the current flow (or a flow of its own). Calls from a
 * bean to itself do not pass the proxy and are not logged.
 */
final class LoggedMethods extends StaticMethodMatcherPointcutAdvisor {

    private static final long serialVersionUID = 1L;

    LoggedMethods() {
        setAdvice(new Interceptor());
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        return isAnnotated(AopUtils.getMostSpecificMethod(method, targetClass));
    }

    private static boolean isAnnotated(Method method) {
        return method.isAnnotationPresent(Logged.class) || method.isAnnotationPresent(LoggedFlow.class);
    }

    private static final class Interceptor implements MethodInterceptor {
        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Object target = invocation.getThis();
            Method method = target == null
                    ? invocation.getMethod()
                    : AopUtils.getMostSpecificMethod(invocation.getMethod(), AopUtils.getTargetClass(target));
            MethodCall call = MethodCall.enter(method, invocation.getArguments());
            Object result;
            try {
                result = invocation.proceed();
            } catch (Throwable thrown) {
                call.exit(null, thrown);
                throw thrown;
            }
            return call.exit(result, null);
        }
    }
}
