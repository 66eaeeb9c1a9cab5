package dev.cairn.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.MethodCall;
import dev.cairn.testing.CompiledSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Logged(logArgs = true)} under the agent, on classes compiled here by javac with and without
 * {@code -parameters} and debug information, run in a child JVM: an argument is written in clear only under a name
 * the class file gives (static and instance methods, {@code long} taking two slots); without one it is redacted and
 * one warning per method says why. {@code @Sensitive} and {@code @NotSensitive} override the judgement.
 */
class UnnamedParametersIT {

    private static final Map<String, String> SOURCES = Map.of("Vault.java", """
            package fixture;

            import dev.cairn.Level;
            import dev.cairn.flow.Logged;
            import dev.cairn.flow.NotSensitive;
            import dev.cairn.flow.Sensitive;

            public final class Vault {
                @Logged(logArgs = true, level = Level.INFO)
                public String open(
                        String card, String password, long amount, @NotSensitive String note, @Sensitive String pin) {
                    return "opened";
                }

                @Logged(logArgs = true, logResult = true, level = Level.INFO)
                @Sensitive
                static String issue(double weight, String user) {
                    return "tok-" + user;
                }

                public static void main(String[] args) {
                    for (int i = 0; i < 2; i++) {
                        new Vault().open("4111111111111111", "hunter2", 42L, "birthday", "9876");
                        issue(1.5, "alice");
                    }
                }
            }
            """);

    @TempDir
    Path work;

    @ParameterizedTest(name = "javac {0}")
    @ValueSource(strings = {"-parameters -g:none", "-g"})
    void classFileWithNames_logsArgumentsUnderTheirNames(String options) throws Exception {
        AgentJvm.Run run = runVault(options);

        JsonNode args = run.withMessage("calling open").get(0).get("args");
        assertThat(args.get("card").asText()).isEqualTo("4111111111111111");
        assertThat(args.get("password").asText()).isEqualTo("[REDACTED]");
        assertThat(args.get("amount").asLong()).isEqualTo(42L);
        assertThat(args.get("note").asText()).isEqualTo("birthday");
        assertThat(args.get("pin").asText()).isEqualTo("[REDACTED]");
        JsonNode issue = run.withMessage("calling issue").get(0).get("args");
        assertThat(issue.get("weight").asDouble()).isEqualTo(1.5);
        assertThat(issue.get("user").asText()).isEqualTo("alice");
        assertThat(run.withMessage("issue returned").get(0).get("result").asText())
                .isEqualTo("[REDACTED]");
        assertThat(run.records().toString()).doesNotContain("hunter2", "9876", "tok-alice", "arg0");
        assertThat(run.records()).noneMatch(r -> r.get("level").asText().equals("WARN"));
    }

    @ParameterizedTest(name = "javac {0}")
    @ValueSource(strings = {"-g:none", "-g:source,lines"})
    void classFileWithoutNames_redactsEveryUnmarkedArgumentAndWarnsOncePerMethod(String options) throws Exception {
        AgentJvm.Run run = runVault(options);

        List<JsonNode> calls = run.withMessage("calling open");
        assertThat(calls).hasSize(2);
        JsonNode args = calls.get(0).get("args");
        assertThat(args.get("arg0").asText()).isEqualTo("[REDACTED]");
        assertThat(args.get("arg1").asText()).isEqualTo("[REDACTED]");
        assertThat(args.get("arg2").asText()).isEqualTo("[REDACTED]");
        assertThat(args.get("arg3").asText()).as("@NotSensitive").isEqualTo("birthday");
        assertThat(args.get("arg4").asText()).isEqualTo("[REDACTED]");
        assertThat(run.records().toString()).doesNotContain("4111111111111111", "hunter2", "9876", "tok-alice");

        List<JsonNode> warnings = run.records().stream()
                .filter(r -> r.get("level").asText().equals("WARN"))
                .toList();
        assertThat(warnings)
                .extracting(w -> w.get("method").asText())
                .containsExactlyInAnyOrder("fixture.Vault.open", "fixture.Vault.issue");
        assertThat(warnings).allMatch(w -> w.get("message").asText().contains("-parameters"));
    }

    private AgentJvm.Run runVault(String options) throws Exception {
        Path core = AgentJvm.locationOf(MethodCall.class);
        Path classes = CompiledSources.compile(work, List.of(options.split(" ")), List.of(core), SOURCES);
        AgentJvm.Run run =
                AgentJvm.run(work, AgentJvm.NO_ARGUMENTS, List.of(classes, core), Map.of(), List.of(), "fixture.Vault");
        assertThat(run.exitCode()).as("exit code, stderr %s", run.stderr()).isZero();
        return run;
    }
}
