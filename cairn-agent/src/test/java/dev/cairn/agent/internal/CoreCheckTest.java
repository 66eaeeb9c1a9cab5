package dev.cairn.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.implementation.StubMethod;
import org.junit.jupiter.api.Test;

class CoreCheckTest {

    @Test
    void theCairnCoreOfThisBuild_isUsable() {
        assertThat(CoreCheck.problem(
                        ClassFileLocator.ForClassLoader.of(getClass().getClassLoader())))
                .isNull();
    }

    @Test
    void aMissingCore_isNamed() {
        assertThat(CoreCheck.problem(ClassFileLocator.ForClassLoader.ofBootLoader()))
                .isEqualTo("cairn-core (dev.cairn.flow.MethodCall) is not visible");
    }

    @Test
    void aCoreWhoseMethodCallHasOtherSignatures_isRejected() {
        // The MethodCall of an older core: exit returned nothing.
        byte[] older = new ByteBuddy()
                .subclass(Object.class)
                .name(CoreCheck.METHOD_CALL)
                .defineMethod("enter", Object.class, Visibility.PUBLIC, Ownership.STATIC)
                .withParameters(java.lang.reflect.Method.class, Object[].class)
                .intercept(FixedValue.nullValue())
                .defineMethod("exit", void.class, Visibility.PUBLIC)
                .withParameters(Object.class, Throwable.class)
                .intercept(StubMethod.INSTANCE)
                .make()
                .getBytes();
        ClassFileLocator withJdk = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(CoreCheck.METHOD_CALL, older),
                ClassFileLocator.ForClassLoader.ofBootLoader());
        assertThat(CoreCheck.problem(withJdk))
                .startsWith("the cairn-core version on the class path does not match this agent");
    }
}
