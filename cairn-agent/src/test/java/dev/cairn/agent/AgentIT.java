package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.MethodCall;
import dev.cairn.flow.scenarios.LoggedMethodScenarios;
import dev.cairn.flow.scenarios.Scenario;
import dev.cairn.flow.scenarios.ScenarioRun;
import example.shop.AttachMain;
import example.shop.CardDeclined;
import example.shop.OwnByteBuddyMain;
import example.shop.ShopMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent in a real JVM: {@code -javaagent:} the shaded jar, the application's classes and cairn-core on the class
 * path, and nothing else (no agent classes, and no ByteBuddy unless a test is about the application's own). The
 * shared flow scenarios run {@link ShopMain}; the agent's own behaviour is tested below them.
 */
class AgentIT extends LoggedMethodScenarios {

    /** Each scenario runs in one child JVM per class: several tests read a run, none changes it. */
    private static final Map<Scenario, ScenarioRun> RUNS = new EnumMap<>(Scenario.class);

    @TempDir
    Path work;

    @Override
    protected ScenarioRun run(Scenario scenario) throws Exception {
        ScenarioRun run = RUNS.get(scenario);
        if (run == null) {
            run = runInChildJvm(scenario);
            RUNS.put(scenario, run);
        }
        return run;
    }

    private ScenarioRun runInChildJvm(Scenario scenario) throws IOException, InterruptedException {
        List<String> settings = scenario.settings().entrySet().stream()
                .map(setting -> "-D" + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.toList());
        AgentJvm.Run run = shop(scenario.argument(), AgentJvm.NO_ARGUMENTS, settings);
        // Nothing but the fixture's lines: no report from the agent, no JVM warning caused by it (such as the one
        // JDK 24+ prints when sun.misc.Unsafe is used).
        assertThat(run.stderr()).allMatch(line -> line.startsWith("fixture: "));
        return new ScenarioRun(run.records(), run.observed());
    }

    @Override
    protected Class<CardDeclined> cardDeclined() {
        return CardDeclined.class;
    }

    private AgentJvm.Run shop(String scenario) throws IOException, InterruptedException {
        return shop(scenario, AgentJvm.NO_ARGUMENTS, List.of());
    }

    private AgentJvm.Run shop(String scenario, String agentArguments, List<String> jvmArguments)
            throws IOException, InterruptedException {
        AgentJvm.Run run = AgentJvm.run(
                work,
                agentArguments,
                List.of(AgentJvm.locationOf(ShopMain.class), AgentJvm.locationOf(MethodCall.class)),
                Map.of(),
                jvmArguments,
                ShopMain.class,
                scenario);
        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        return run;
    }

    // Agent only: a proxy reaches neither a final class's private method nor a static method.
    @Test
    void nestedSteps_inAFinalClassAndInPrivateAndStaticMethods_logUnderTheirDeclaringClass() throws Exception {
        ScenarioRun run = run(Scenario.CHECKOUT);

        assertThat(run.only("calling call_gateway").get("logger").asText()).isEqualTo("example.shop.Payments");
        assertThat(run.only("reserve returned").get("logger").asText()).isEqualTo("example.shop.Inventory");
    }

    @Test
    void callThroughABridgeMethod_isLoggedOnce() throws Exception {
        AgentJvm.Run run = shop("bridge");

        assertThat(run.observed()).containsExactly("hello");
        assertThat(run.withMessage("calling get")).hasSize(1);
        assertThat(run.withMessage("get returned")).hasSize(1);
    }

    @Test
    void defaultAndStaticInterfaceMethods_areInstrumented() throws Exception {
        AgentJvm.Run run = shop("interface");

        assertThat(run.observed()).containsExactly("1200");
        assertThat(run.only("withTax returned").get("result").asInt()).isEqualTo(1200);
        assertThat(run.only("calling withTax").get("logger").asText()).isEqualTo("example.shop.Priced");
        assertThat(run.withMessage("tax returned")).hasSize(1);
    }

    @Test
    void packagesOption_limitsTheClassesExamined() throws Exception {
        AgentJvm.Run elsewhere = shop("checkout", "packages=com.acme", List.of());
        assertThat(elsewhere.observed()).containsExactly("paid:book");
        // Only the record the shop writes itself: nothing was instrumented.
        assertThat(elsewhere.records())
                .extracting(r -> r.get("message").asText())
                .containsExactly("contacting the gateway for book");
        assertThat(elsewhere.agentLines()).isEmpty();

        AgentJvm.Run here = shop("checkout", "packages=com.acme,example.shop", List.of());
        assertThat(here.only("flow_end").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void badAgentArguments_areReportedOnceEachAndIgnored() throws Exception {
        AgentJvm.Run run = shop("checkout", "packages=example.shop,9bad;verbose=true", List.of());

        assertThat(run.observed()).containsExactly("paid:book");
        assertThat(run.agentLines())
                .containsExactly(
                        "cairn-agent: invalid package name \"9bad\" in option packages; ignored",
                        "cairn-agent: unknown option \"verbose=true\" ignored; the only option is packages=<name>,<name>");
        assertThat(run.only("flow_end").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void anApplicationWithItsOwnByteBuddy_seesOnlyItsOwn() throws Exception {
        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(
                        AgentJvm.locationOf(ShopMain.class),
                        AgentJvm.locationOf(MethodCall.class),
                        AgentJvm.locationOf(net.bytebuddy.ByteBuddy.class)),
                Map.of(),
                List.of(),
                OwnByteBuddyMain.class);

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.stderr()).allMatch(line -> line.startsWith("fixture: "));
        assertThat(run.observed())
                .containsExactly(
                        "made by the application's ByteBuddy from "
                                + AgentJvm.locationOf(net.bytebuddy.ByteBuddy.class)
                                        .getFileName(),
                        "acme/3");
        assertThat(run.only("flow_end").get("flow_label").asText()).isEqualTo("acme");
    }

    @Test
    void agentGivenTwice_instrumentsOnceAndSaysSo() throws Exception {
        AgentJvm.Run run = AgentJvm.run(
                work,
                AgentJvm.NO_ARGUMENTS,
                List.of(AgentJvm.locationOf(ShopMain.class), AgentJvm.locationOf(MethodCall.class)),
                Map.of(),
                List.of("-javaagent:" + AgentJvm.agentJar()),
                ShopMain.class,
                "checkout");

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.agentLines())
                .containsExactly("cairn-agent: already installed in this JVM; the second copy is ignored");
        assertThat(run.withMessage("calling charge")).hasSize(1);
        assertThat(run.only("flow_end").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void attachedToARunningJvm_retransformsClassesAlreadyLoaded() throws Exception {
        AgentJvm.Run run = AgentJvm.run(
                work,
                null,
                List.of(AgentJvm.locationOf(AttachMain.class), AgentJvm.locationOf(MethodCall.class)),
                Map.of(),
                List.of("-Djdk.attach.allowAttachSelf=true", "-XX:+EnableDynamicAgentLoading"),
                AttachMain.class,
                AgentJvm.agentJar().toString());

        assertThat(run.exitCode())
                .as("exit code; standard error: %s", run.stderr())
                .isZero();
        assertThat(run.observed()).containsExactly("before early/1", "after late/2");
        assertThat(run.agentLines()).isEmpty();
        JsonNode end = run.only("flow_end");
        assertThat(end.get("flow_label").asText()).isEqualTo("late");
        assertThat(end.get("flow_status").asText()).isEqualTo("success");
    }
}
