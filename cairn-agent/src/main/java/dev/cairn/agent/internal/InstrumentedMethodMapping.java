package dev.cairn.agent.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.utility.JavaConstant;

/**
 * Supplies {@link InstrumentedMethod} parameters. {@code @Advice.Origin Method} calls {@code getDeclaredMethod} on
 * every call (a reflective search and a copied {@code Method}), because caching it in a static field would change the
 * class's shape, which retransformation forbids. A dynamic constant needs no field: {@code ldc} of
 * {@code ConstantBootstraps.invoke(MethodHandles::reflectAs, Method.class, <handle of the method>)} is resolved by
 * the JVM on first use and then read from the constant pool like a string literal. Class files older than Java 11
 * cannot hold dynamic constants; they get ByteBuddy's per-call lookup.
 */
enum InstrumentedMethodMapping implements Advice.OffsetMapping.Factory<InstrumentedMethod>, Advice.OffsetMapping {
    INSTANCE;

    private static final MethodDescription.InDefinedShape REFLECT_AS = reflectAs();

    @Override
    public Class<InstrumentedMethod> getAnnotationType() {
        return InstrumentedMethod.class;
    }

    @Override
    public Advice.OffsetMapping make(
            ParameterDescription.InDefinedShape target,
            AnnotationDescription.Loadable<InstrumentedMethod> annotation,
            AdviceType adviceType) {
        if (!target.getType().asErasure().represents(Method.class)) {
            throw new IllegalStateException("@InstrumentedMethod needs a parameter of type Method: " + target);
        }
        return this;
    }

    @Override
    public Target resolve(
            TypeDescription instrumentedType,
            MethodDescription instrumentedMethod,
            Assigner assigner,
            Advice.ArgumentHandler argumentHandler,
            Sort sort) {
        MethodDescription.InDefinedShape method = instrumentedMethod.asDefined();
        ClassFileVersion version = instrumentedType.getClassFileVersion();
        if (version == null || version.isLessThan(ClassFileVersion.JAVA_V11)) {
            return Target.ForStackManipulation.of(method);
        }
        JavaConstant constant = JavaConstant.Dynamic.ofInvocation(
                        REFLECT_AS,
                        TypeDescription.ForLoadedType.of(Method.class),
                        JavaConstant.MethodHandle.of(method))
                .withType(Method.class);
        return new Target.ForStackManipulation(constant.toStackManipulation());
    }

    private static MethodDescription.InDefinedShape reflectAs() {
        try {
            return new MethodDescription.ForLoadedMethod(
                    MethodHandles.class.getMethod("reflectAs", Class.class, MethodHandle.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("MethodHandles.reflectAs exists since Java 8", e);
        }
    }
}
