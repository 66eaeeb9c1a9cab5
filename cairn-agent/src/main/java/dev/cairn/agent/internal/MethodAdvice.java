package dev.cairn.agent.internal;

import dev.cairn.flow.MethodCall;
import java.lang.reflect.Method;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The code inlined around each annotated method. ByteBuddy copies these method bodies into the instrumented class,
 * so this class itself is never loaded: {@link MethodCall} is resolved by the application's class loader, which has
 * cairn-core, and not by the agent's, which does not.
 */
final class MethodAdvice {

    private MethodAdvice() {}

    // suppress: should cairn-core be missing or broken in some class loader, the method still runs unchanged.
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static MethodCall enter(@InstrumentedMethod Method method, @Advice.AllArguments Object[] arguments) {
        return MethodCall.enter(method, arguments);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(
            @Advice.Enter MethodCall call,
            @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object result,
            @Advice.Thrown Throwable thrown) {
        // Null only when enter itself failed and was suppressed. ByteBuddy rethrows thrown after this.
        if (call != null) {
            Object returned = call.exit(result, thrown);
            if (thrown == null) {
                // An async method's caller gets a future that completes once the call's end is recorded.
                result = returned;
            }
        }
    }
}
