package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.Flows;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.CompiledSources;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Logged(logArgs = true)} through the proxy on classes compiled here by javac with and without
 * {@code -parameters} and debug information: a value is written in clear only under a name the class file gives;
 * without one it is redacted and one warning per method says why. {@code @Sensitive} and {@code @NotSensitive}
 * override the judgement.
 */
class UnnamedParametersTest {

    /** The fixture, shared with the agent's test of the same rule. */
    static final Map<String, String> SOURCES = Map.of("Vault.java", """
            package fixture;

            public interface Vault {
                String open(String card, String password, long amount, String note, String pin);

                String issue(String user);
            }
            """, "VaultService.java", """
            package fixture;

            import dev.cairn.Level;
            import dev.cairn.flow.Logged;
            import dev.cairn.flow.NotSensitive;
            import dev.cairn.flow.Sensitive;

            public class VaultService implements Vault {
                @Logged(logArgs = true, level = Level.INFO)
                public String open(
                        String card, String password, long amount, @NotSensitive String note, @Sensitive String pin) {
                    return "opened";
                }

                @Logged(logArgs = true, logResult = true, level = Level.INFO)
                @Sensitive
                public String issue(String user) {
                    return "tok-" + user;
                }
            }
            """);

    @TempDir
    Path work;

    @ParameterizedTest(name = "javac {0}")
    @ValueSource(strings = {"-parameters -g", "-parameters -g:none", "-g", "-g:source,lines,vars"})
    void classFileWithNames_logsArgumentsUnderTheirNames(String options) throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            callVaultTwice(logs, options);

            JsonNode args = logs.withMessage("calling open").get(0).get("args");
            assertThat(args.get("card").asText()).isEqualTo("4111111111111111");
            assertThat(args.get("password").asText()).isEqualTo("[REDACTED]");
            assertThat(args.get("amount").asLong()).isEqualTo(42L);
            assertThat(args.get("note").asText()).isEqualTo("birthday");
            assertThat(args.get("pin").asText()).isEqualTo("[REDACTED]");
            assertThat(logs.withMessage("issue returned").get(0).get("result").asText())
                    .isEqualTo("[REDACTED]");
            assertThat(logs.output()).doesNotContain("hunter2", "9876", "tok-alice", "arg0");
            assertThat(logs.records()).noneMatch(r -> r.get("level").asText().equals("WARN"));
        }
    }

    @ParameterizedTest(name = "javac {0}")
    @ValueSource(strings = {"-g:none", "-g:source,lines"})
    void classFileWithoutNames_redactsEveryUnmarkedArgumentAndWarnsOncePerMethod(String options) throws Exception {
        try (TestLogs logs = TestLogs.json()) {
            callVaultTwice(logs, options);

            List<JsonNode> calls = logs.withMessage("calling open");
            assertThat(calls).hasSize(2);
            JsonNode args = calls.get(0).get("args");
            assertThat(args.get("arg0").asText()).isEqualTo("[REDACTED]");
            assertThat(args.get("arg1").asText()).isEqualTo("[REDACTED]");
            assertThat(args.get("arg2").asText()).isEqualTo("[REDACTED]");
            assertThat(args.get("arg3").asText()).as("@NotSensitive").isEqualTo("birthday");
            assertThat(args.get("arg4").asText()).isEqualTo("[REDACTED]");
            assertThat(logs.output()).doesNotContain("4111111111111111", "hunter2", "9876", "tok-alice", "alice");

            List<JsonNode> warnings = logs.records().stream()
                    .filter(r -> r.get("level").asText().equals("WARN"))
                    .toList();
            assertThat(warnings).hasSize(2); // one for open, one for issue, though each was called twice
            JsonNode open = warnings.stream()
                    .filter(w -> w.get("fn").asText().equals("open"))
                    .findFirst()
                    .orElseThrow();
            assertThat(open.get("method").asText()).isEqualTo("fixture.VaultService.open");
            assertThat(open.get("unnamed_args").toString()).isEqualTo("[\"arg0\",\"arg1\",\"arg2\"]");
            assertThat(open.get("message").asText()).contains("-parameters", "-g", "@NotSensitive");
        }
    }

    private void callVaultTwice(TestLogs logs, String options) throws Exception {
        Path classes = CompiledSources.compile(
                work, List.of(options.split(" ")), List.of(ChildJvm.locationOf(Logger.class)), SOURCES);
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> type = loader.loadClass("fixture.Vault");
            Object service =
                    loader.loadClass("fixture.VaultService").getConstructor().newInstance();
            Object vault = instrument(logs, type, service);
            Method open = type.getMethod("open", String.class, String.class, long.class, String.class, String.class);
            Method issue = type.getMethod("issue", String.class);
            for (int i = 0; i < 2; i++) {
                open.invoke(vault, "4111111111111111", "hunter2", 42L, "birthday", "9876");
                issue.invoke(vault, "alice");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T instrument(TestLogs logs, Class<T> type, Object target) {
        return Flows.of(logs.system).instrument(type, (T) target);
    }
}
