package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.flow.MethodCall;
import example.plain.Standalone;
import example.shop.ShopMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ConstantDynamic;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the agent does to class files, read back from ByteBuddy's dump of the classes it transformed. */
class InstrumentedCodeIT {

    @TempDir
    Path work;

    /** The instructions of one method that load constants or call methods, as text. */
    private static List<String> instructions(byte[] classFile, String methodName) {
        List<String> found = new ArrayList<>();
        new ClassReader(classFile)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                if (!name.equals(methodName)) {
                                    return null;
                                }
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visitLdcInsn(Object value) {
                                        if (value instanceof ConstantDynamic) {
                                            ConstantDynamic constant = (ConstantDynamic) value;
                                            StringBuilder text =
                                                    new StringBuilder("ldc dynamic " + constant.getDescriptor() + " "
                                                            + constant.getBootstrapMethod()
                                                                    .getName());
                                            for (int i = 0; i < constant.getBootstrapMethodArgumentCount(); i++) {
                                                Object argument = constant.getBootstrapMethodArgument(i);
                                                text.append(' ')
                                                        .append(
                                                                argument instanceof Handle
                                                                        ? ((Handle) argument).getOwner() + "."
                                                                                + ((Handle) argument).getName()
                                                                        : argument);
                                            }
                                            found.add(text.toString());
                                        }
                                    }

                                    @Override
                                    public void visitMethodInsn(
                                            int opcode,
                                            String owner,
                                            String name,
                                            String descriptor,
                                            boolean isInterface) {
                                        found.add("call " + owner + "." + name);
                                    }
                                };
                            }
                        },
                        0);
        return found;
    }

    /** The transformed class file ByteBuddy wrote for {@code className} (the original is dumped beside it). */
    private static Path dumped(Path dump, String className) throws IOException {
        String pattern = java.util.regex.Pattern.quote(className) + "\\.\\d+\\.class";
        try (Stream<Path> files = Files.list(dump)) {
            return files.filter(f -> f.getFileName().toString().matches(pattern))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void theInstrumentedMethodIsADynamicConstant_notAReflectiveLookupPerCall() throws Exception {
        Path dump = Files.createDirectory(work.resolve("dump"));
        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(AgentJvm.locationOf(ShopMain.class), AgentJvm.locationOf(MethodCall.class)),
                Map.of(),
                // ByteBuddy's dump property, under the relocated name: the agent's ByteBuddy has its own settings.
                List.of("-Ddev.cairn.agent.shaded.bytebuddy.dump=" + dump),
                ShopMain.class,
                "checkout");
        assertThat(run.exitCode()).isZero();

        List<String> charge = instructions(Files.readAllBytes(dumped(dump, "example.shop.Payments")), "charge");
        assertThat(charge)
                .contains(
                        "ldc dynamic Ljava/lang/reflect/Method; invoke"
                                + " java/lang/invoke/MethodHandles.reflectAs Ljava/lang/reflect/Method; example/shop/Payments.charge");
        assertThat(charge).contains("call dev/cairn/flow/MethodCall.enter", "call dev/cairn/flow/MethodCall.exit");
        assertThat(charge).noneMatch(i -> i.contains("getDeclaredMethod") || i.contains("getMethod"));
    }

    @Test
    void anApplicationWithoutCairnCore_runsUnchanged() throws Exception {
        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(AgentJvm.locationOf(Standalone.class)),
                Map.of(),
                List.of(),
                Standalone.class);

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.observed()).containsExactly("hello world");
        assertThat(run.records()).isEmpty();
        // Like the JVM, the agent sees no annotation whose class is missing: nothing to instrument, nothing to say.
        assertThat(run.stderr().stream().filter(l -> !l.startsWith("fixture: ")).collect(Collectors.toList()))
                .isEmpty();
    }

    @Test
    void aClassThatCannotBeInstrumented_isReportedAndRunsAsCompiled() throws Exception {
        // A method whose code is just under the JVM's 64 KB limit: with the inlined advice it would exceed it.
        int statements = 8_185;
        StringBuilder huge = new StringBuilder("package example.huge;\n"
                + "public final class Huge {\n"
                + "    @dev.cairn.flow.Logged\n"
                + "    static int big(int x) {\n");
        huge.append("        x = x * 31 + 7;\n".repeat(statements));
        huge.append("        return x;\n    }\n"
                + "    public static void main(String[] args) {\n"
                + "        System.err.println(\"fixture: \" + big(1) + \" \" + Tiny.small(1));\n"
                + "    }\n}\n");
        String tiny = "package example.huge;\n"
                + "final class Tiny {\n"
                + "    @dev.cairn.flow.Logged\n"
                + "    static int small(int x) {\n"
                + "        return x + 1;\n"
                + "    }\n}\n";
        Path core = AgentJvm.locationOf(MethodCall.class);
        Path classes = GeneratedApp.compile(work, 17, core, Map.of("Huge.java", huge.toString(), "Tiny.java", tiny));

        AgentJvm.Run run = AgentJvm.run(
                work, AgentJvm.NO_ARGUMENTS, List.of(classes, core), Map.of(), List.of(), "example.huge.Huge");

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        int expected = 1;
        for (int i = 0; i < statements; i++) {
            expected = expected * 31 + 7;
        }
        assertThat(run.observed()).containsExactly(expected + " 2");
        assertThat(run.agentLines())
                .singleElement()
                .asString()
                .startsWith("cairn-agent: cannot instrument example.huge.Huge, left unchanged (")
                .contains("big");
        assertThat(run.withMessage("calling big")).isEmpty();
        assertThat(run.withMessage("calling small")).hasSize(1);
    }

    @Test
    void java8ClassFiles_areInstrumentedWithAReflectiveLookupInstead() throws Exception {
        String legacy = "package example.legacy;\n"
                + "public final class Legacy {\n"
                + "    @dev.cairn.flow.LoggedFlow(labelFrom = \"tenant\")\n"
                + "    static String run(String tenant) {\n"
                + "        return \"ran for \" + tenant;\n"
                + "    }\n"
                + "    public static void main(String[] args) {\n"
                + "        System.err.println(\"fixture: \" + run(\"acme\"));\n"
                + "    }\n}\n";
        Path core = AgentJvm.locationOf(MethodCall.class);
        Path classes = GeneratedApp.compile(work, 8, core, Map.of("Legacy.java", legacy));
        Path dump = Files.createDirectory(work.resolve("dump"));

        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(classes, core),
                Map.of(),
                List.of("-Ddev.cairn.agent.shaded.bytebuddy.dump=" + dump),
                "example.legacy.Legacy");

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.observed()).containsExactly("ran for acme");
        assertThat(run.only("flow_end").get("flow_label").asText()).isEqualTo("acme");
        List<String> instructions = instructions(Files.readAllBytes(dumped(dump, "example.legacy.Legacy")), "run");
        assertThat(instructions)
                .contains("call java/lang/Class.getDeclaredMethod")
                .noneMatch(i -> i.startsWith("ldc dynamic"));
    }

    @Test
    void classesOfTheApplicationsOwnByteBuddy_areNeverExamined() throws Exception {
        // Compiled into the package the shade plugin relocates in the agent's own code: the ignore list must keep
        // naming the application's net.bytebuddy, not the relocated copy.
        String source = "package net.bytebuddy.fixture;\n"
                + "public final class Annotated {\n"
                + "    @dev.cairn.flow.Logged\n"
                + "    static String work() {\n"
                + "        return \"worked\";\n"
                + "    }\n"
                + "    public static void main(String[] args) {\n"
                + "        System.err.println(\"fixture: \" + work());\n"
                + "    }\n}\n";
        Path core = AgentJvm.locationOf(MethodCall.class);
        Path classes = GeneratedApp.compile(work, 17, core, Map.of("Annotated.java", source));

        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(classes, core),
                Map.of(),
                List.of(),
                "net.bytebuddy.fixture.Annotated");

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.observed()).containsExactly("worked");
        assertThat(run.records()).isEmpty();
    }

    @Test
    void anApplicationOnTheModulePath_isInstrumented() throws Exception {
        Map<String, String> sources = Map.of(
                "module-info.java",
                "module shop.app {\n    requires dev.cairn;\n}\n",
                "Main.java",
                "package shop.app;\n"
                        + "public final class Main {\n"
                        + "    @dev.cairn.flow.LoggedFlow(labelFrom = \"order\")\n"
                        + "    static String place(String order) {\n"
                        + "        return charge(order);\n"
                        + "    }\n"
                        + "    @dev.cairn.flow.Logged(logArgs = true)\n"
                        + "    private static String charge(String order) {\n"
                        + "        return \"placed \" + order;\n"
                        + "    }\n"
                        + "    public static void main(String[] args) {\n"
                        + "        System.err.println(\"fixture: \" + place(\"o-17\"));\n"
                        + "    }\n}\n");
        Path core = AgentJvm.locationOf(MethodCall.class);
        Path classes = GeneratedApp.compile(work, 17, core, sources);
        String modulePath = classes + java.io.File.pathSeparator + core;

        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(),
                Map.of(),
                List.of("--module-path", modulePath, "-m", "shop.app/shop.app.Main"),
                (String) null);

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.observed()).containsExactly("placed o-17");
        assertThat(run.stderr()).allMatch(line -> line.startsWith("fixture: "));
        assertThat(run.only("flow_end").get("flow_label").asText()).isEqualTo("o-17");
        assertThat(run.only("calling charge").get("args").get("order").asText()).isEqualTo("o-17");
    }
}
