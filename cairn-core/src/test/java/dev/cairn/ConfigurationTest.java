package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    private static final String LEVELS =
            "one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL, OFF (aliases WARNING, CRITICAL)";

    @TempDir
    Path dir;

    private TestLogs logs(Map<String, String> env, Properties props, Consumer<ConfigBuilder> programmatic) {
        return TestLogs.withSources(env, props, dir, c -> programmatic.accept(c.format(Format.JSON)));
    }

    private static Properties props(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }

    private void writeProperties(Path file, String content) throws IOException {
        Files.writeString(file, content);
    }

    private static String serviceOf(TestLogs logs) {
        logs.logger("probe").fatal("probe");
        List<com.fasterxml.jackson.databind.JsonNode> records = logs.records();
        com.fasterxml.jackson.databind.JsonNode service =
                records.get(records.size() - 1).get("service");
        return service == null ? null : service.asText();
    }

    @Test
    void precedence_programmaticOverSystemPropertyOverEnvironmentOverFileOverDefault() throws IOException {
        writeProperties(dir.resolve("cairn.properties"), "cairn.service=from-file\ncairn.level=ERROR\n");
        try (TestLogs logs = logs(Map.of(), props(), c -> {})) {
            assertThat(serviceOf(logs)).isEqualTo("from-file");
            assertThat(logs.logger("x").isWarnEnabled()).isFalse();
        }
        try (TestLogs logs = logs(Map.of("CAIRN_SERVICE", "from-env"), props(), c -> {})) {
            assertThat(serviceOf(logs)).isEqualTo("from-env");
        }
        try (TestLogs logs =
                logs(Map.of("CAIRN_SERVICE", "from-env"), props("cairn.service", "from-property"), c -> {})) {
            assertThat(serviceOf(logs)).isEqualTo("from-property");
        }
        try (TestLogs logs = logs(
                Map.of("CAIRN_SERVICE", "from-env"),
                props("cairn.service", "from-property"),
                c -> c.service("from-code"))) {
            assertThat(serviceOf(logs)).isEqualTo("from-code");
            assertThat(logs.diagnosticLines()).isEmpty();
        }
        Files.delete(dir.resolve("cairn.properties"));
        try (TestLogs logs = logs(Map.of(), props(), c -> {})) {
            assertThat(serviceOf(logs)).isNull();
            assertThat(logs.logger("x").isInfoEnabled()).isTrue();
            assertThat(logs.logger("x").isDebugEnabled()).isFalse();
        }
    }

    @Test
    void propertiesFile_isReadFromTheWorkingDirectoryBeforeTheClassPath() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        writeProperties(classes.resolve("cairn.properties"), "cairn.service=from-classpath\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Consumer<ConfigBuilder> none = c -> c.consoleOutput(new java.io.ByteArrayOutputStream());
            try (TestLogs logs = TestLogs.withSources(Map.of(), props(), dir, c -> c.format(Format.JSON))) {
                assertThat(serviceOf(logs)).isNull();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (LogSystem system = LogSystem.builder()
                    .environment(Map.of())
                    .systemProperties(props())
                    .workingDirectory(dir)
                    .classLoader(loader)
                    .configure(c -> c.consoleOutput(out).format(Format.JSON))
                    .build()) {
                system.logger("a").info("x");
            }
            assertThat(JsonLines.parse(out.toString().trim()).get("service").asText())
                    .isEqualTo("from-classpath");
            writeProperties(dir.resolve("cairn.properties"), "cairn.service=from-working-dir\n");
            out.reset();
            try (LogSystem system = LogSystem.builder()
                    .environment(Map.of())
                    .systemProperties(props())
                    .workingDirectory(dir)
                    .classLoader(loader)
                    .configure(c -> c.consoleOutput(out).format(Format.JSON))
                    .build()) {
                system.logger("a").info("x");
            }
            assertThat(JsonLines.parse(out.toString().trim()).get("service").asText())
                    .isEqualTo("from-working-dir");
            assertThat(none).isNotNull();
        }
    }

    @Test
    void cairnConfig_namesThePropertiesFileToRead() throws IOException {
        writeProperties(dir.resolve("cairn.properties"), "cairn.service=ignored\n");
        writeProperties(dir.resolve("prod.properties"), "cairn.service=named\ncairn.config=other.properties\n");
        try (TestLogs logs = logs(Map.of("CAIRN_CONFIG", "prod.properties"), props(), c -> {})) {
            assertThat(serviceOf(logs)).isEqualTo("named");
            assertThat(logs.diagnosticLines())
                    .containsExactly("cairn: cairn.config in file " + dir.resolve("prod.properties")
                            + " is ignored: a configuration file cannot name another one");
        }
    }

    @Test
    void missingConfigFile_isReportedAndLoggingGoesOn() {
        try (TestLogs logs = logs(Map.of("CAIRN_CONFIG", "missing.properties"), props(), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .singleElement()
                    .asString()
                    .startsWith("cairn: cannot read configuration file " + dir.resolve("missing.properties"))
                    .endsWith("; using the other sources");
            logs.logger("a").info("still logging");
            assertThat(logs.records()).hasSize(1);
        }
    }

    @Test
    void seedVariables_areFallbacksForCairnOnes() {
        try (TestLogs logs = logs(Map.of("LOG_LEVEL", "WARNING", "LOG_FORMAT", "json"), props(), c -> {})) {
            assertThat(logs.logger("a").isInfoEnabled()).isFalse();
            assertThat(logs.logger("a").isWarnEnabled()).isTrue();
        }
        try (TestLogs logs = logs(Map.of("LOG_LEVEL", "ERROR", "CAIRN_LEVEL", "debug"), props(), c -> {})) {
            assertThat(logs.logger("a").isDebugEnabled()).isTrue();
        }
        try (TestLogs logs = logs(Map.of("CAIRN_LEVEL", "critical"), props(), c -> {})) {
            assertThat(logs.logger("a").isErrorEnabled()).isFalse();
            assertThat(logs.logger("a").isEnabled(Level.FATAL)).isTrue();
        }
    }

    @Test
    void invalidEnvironmentValue_printsOneExactLineAndFallsBackToTheDefault() {
        try (TestLogs logs = logs(Map.of("CAIRN_LEVEL", "LOUD"), props(), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .containsExactly("cairn: invalid value \"LOUD\" for cairn.level from "
                            + "environment variable CAIRN_LEVEL: expected " + LEVELS + "; using the default INFO");
            assertThat(logs.logger("a").isInfoEnabled()).isTrue();
            assertThat(logs.logger("a").isDebugEnabled()).isFalse();
        }
    }

    @Test
    void invalidSystemProperty_fallsBackToTheNextSourceAndSaysWhich() {
        try (TestLogs logs = logs(Map.of("CAIRN_LEVEL", "warn"), props("cairn.level", "verbose"), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .containsExactly("cairn: invalid value \"verbose\" for cairn.level from "
                            + "system property cairn.level: expected " + LEVELS
                            + "; using \"warn\" from environment variable CAIRN_LEVEL");
            assertThat(logs.logger("a").isWarnEnabled()).isTrue();
            assertThat(logs.logger("a").isInfoEnabled()).isFalse();
        }
    }

    @Test
    void invalidValuesOfOtherKinds_nameWhatIsAllowed() throws IOException {
        writeProperties(
                dir.resolve("cairn.properties"),
                "cairn.format=xml\ncairn.max-value-length=12\ncairn.location=maybe\ncairn.level.shop=LOUD\n");
        try (TestLogs logs = logs(Map.of(), props(), c -> {})) {
            String file = "file " + dir.resolve("cairn.properties");
            assertThat(logs.diagnosticLines())
                    .containsExactlyInAnyOrder(
                            "cairn: invalid value \"xml\" for cairn.format from " + file
                                    + ": expected json, text or auto; using \"json\" from programmatic configuration",
                            "cairn: invalid value \"12\" for cairn.max-value-length from " + file
                                    + ": expected a whole number from 16 to 100000000; using the default 32768",
                            "cairn: invalid value \"maybe\" for cairn.location from " + file
                                    + ": expected true or false; using the default false",
                            "cairn: invalid value \"LOUD\" for cairn.level.shop from " + file + ": expected " + LEVELS
                                    + "; using the parent logger's level");
        }
    }

    @Test
    void unknownKeys_areReportedWithAHint() throws IOException {
        writeProperties(dir.resolve("cairn.properties"), "cairn.lvel=DEBUG\n");
        try (TestLogs logs =
                logs(Map.of("CAIRN_SERVCE", "x", "HOME", "/root"), props("cairn.fromat", "json"), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .containsExactlyInAnyOrder(
                            "cairn: unknown key cairn.lvel in file " + dir.resolve("cairn.properties")
                                    + " (did you mean cairn.level?); ignored",
                            "cairn: unknown key cairn.fromat in system property cairn.fromat (did you mean cairn.format?); ignored",
                            "cairn: unknown environment variable CAIRN_SERVCE (did you mean CAIRN_SERVICE?); ignored");
        }
    }

    @Test
    void controlCharactersInBadValues_areEscapedInTheErrorLine() {
        try (TestLogs logs = logs(Map.of("CAIRN_FORMAT", "json\n\u001b[31mfake"), props(), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .singleElement()
                    .asString()
                    .startsWith("cairn: invalid value \"json\\n\\u001b[31mfake\" for cairn.format");
        }
    }

    @Test
    void controlCharactersInNamesKeysAndPaths_areEscapedInDiagnostics() throws IOException {
        String hostile = "\u001b[2J\nFAKE cairn: ok\u2028";
        writeProperties(dir.resolve("cairn.properties"), "cairn.file\\u001b[2J\\nFAKE\\ cairn\\:\\ ok=x\n");
        try (TestLogs logs = logs(
                Map.of("CAIRN_X" + hostile, "1", "CAIRN_CONFIG", "missing" + hostile + ".properties"),
                props("cairn.y" + hostile, "1"),
                c -> {})) {
            String diagnostics = String.join("\n", logs.diagnosticLines());
            assertThat(diagnostics)
                    .doesNotContain("\u001b")
                    .doesNotContain("\u2028")
                    .doesNotContain("\r");
            assertThat(logs.diagnosticLines())
                    .hasSize(3)
                    .allSatisfy(line -> assertThat(line).startsWith("cairn: ").contains("\\u001b[2J\\nFAKE cairn: ok"));
        }
        writeProperties(dir.resolve("cairn.properties"), "cairn.file\\u001b[2J\\nFAKE\\ cairn\\:\\ ok=x\n");
        try (TestLogs logs = logs(Map.of(), props(), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .singleElement()
                    .asString()
                    .startsWith("cairn: unknown key cairn.file\\u001b[2J\\nFAKE cairn: ok in file ");
        }
    }

    @Test
    void hugeOrEndlessConfiguration_isRefusedWithAClearLine() throws IOException {
        Path huge = dir.resolve("huge.properties");
        try (java.io.Writer out = Files.newBufferedWriter(huge)) {
            out.write("cairn.service=");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        try (TestLogs logs = logs(Map.of("CAIRN_CONFIG", "huge.properties"), props(), c -> {})) {
            assertThat(serviceOf(logs)).isNull();
            assertThat(logs.diagnosticLines())
                    .containsExactly("cairn: cannot read configuration file " + huge
                            + " (IOException: larger than 1024 KiB, the most a configuration file may hold); using the other"
                            + " sources");
        }
        try (TestLogs logs = logs(Map.of("CAIRN_CONFIG", "/dev/zero"), props(), c -> {})) {
            assertThat(logs.diagnosticLines())
                    .singleElement()
                    .asString()
                    .startsWith("cairn: cannot read configuration file /dev/zero")
                    .contains("not a regular file");
        }
    }

    @Test
    void programmaticApi_throwsWithTheSameExplanation() {
        try (TestLogs logs = TestLogs.json()) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> logs.system.reconfigure(c -> c.set("cairn.level", "LOUD")))
                    .withMessage("invalid value \"LOUD\" for cairn.level: expected " + LEVELS);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> logs.system.reconfigure(c -> c.set("cairn.colour", "x")))
                    .withMessageStartingWith("unknown key cairn.colour");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> logs.system.reconfigure(c -> c.set("cairn.json.rename.nope", "x")))
                    .withMessageStartingWith("unknown key cairn.json.rename.nope: only these keys can be renamed:");
            logs.logger("a").info("the running configuration is untouched");
            assertThat(logs.single().get("level").asText()).isEqualTo("INFO");
        }
    }

    @Test
    void profiles_setDefaultsThatExplicitKeysOverride() {
        try (TestLogs logs = logs(
                Map.of("CAIRN_PROFILE", "dev"),
                props(),
                c -> c.set("cairn.format", "text").set("cairn.color", "never"))) {
            logs.logger("a").debug("dev shows debug");
            assertThat(logs.output()).contains(" DEBUG a - dev shows debug");
        }
        try (TestLogs logs = TestLogs.withSources(Map.of("CAIRN_PROFILE", "dev"), props(), dir, c -> {})) {
            logs.logger("a").debug("dev defaults to text");
            assertThat(logs.output()).contains(" DEBUG a - dev defaults to text");
        }
        try (TestLogs logs =
                TestLogs.withSources(Map.of("CAIRN_PROFILE", "prod", "CAIRN_COLOR", "always"), props(), dir, c -> {})) {
            logs.logger("a").debug("hidden");
            logs.logger("a").info("shown");
            assertThat(logs.single().get("message").asText()).isEqualTo("shown");
        }
    }

    @Test
    void loggerLevels_areInheritedByDottedName() {
        try (TestLogs logs = logs(
                Map.of(),
                props("cairn.level.shop", "DEBUG", "cairn.level.shop.checkout", "ERROR", "cairn.level.noisy", "OFF"),
                c -> c.level(Level.WARN))) {
            assertThat(logs.logger("shop").isDebugEnabled()).isTrue();
            assertThat(logs.logger("shop.cart.items").isDebugEnabled()).isTrue();
            assertThat(logs.logger("shop.checkout").isWarnEnabled()).isFalse();
            assertThat(logs.logger("shop.checkout.card").isErrorEnabled()).isTrue();
            assertThat(logs.logger("shopping").isInfoEnabled()).isFalse();
            assertThat(logs.logger("noisy.lib").isEnabled(Level.FATAL)).isFalse();
            assertThat(logs.logger("other").isWarnEnabled()).isTrue();
        }
    }

    @Test
    void setLevel_changesExistingLoggersAndTheirChildrenAtRunTime() {
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.INFO).level("shop.checkout", Level.ERROR))) {
            Logger shop = logs.logger("shop");
            Logger cart = logs.logger("shop.cart");
            Logger checkout = logs.logger("shop.checkout");
            assertThat(cart.isDebugEnabled()).isFalse();
            logs.system.setLevel("shop", Level.DEBUG);
            assertThat(shop.isDebugEnabled()).isTrue();
            assertThat(cart.isDebugEnabled()).isTrue();
            assertThat(checkout.isWarnEnabled()).as("its own level still wins").isFalse();
            assertThat(logs.logger("shop.new").isDebugEnabled()).isTrue();
        }
    }

    @Test
    void reconfiguring_rebuildsSinksWithoutDuplicateOutput() throws IOException {
        Path file = dir.resolve("logs/app.log");
        try (TestLogs logs = logs(Map.of(), props(), c -> c.file(file))) {
            Logger log = logs.logger("a");
            log.info("one");
            logs.system.reconfigure(c -> c.file(file)
                    .consoleOutput(new java.io.ByteArrayOutputStream())
                    .service("second"));
            log.info("two");
            logs.system.reconfigure(c -> c.file(file)
                    .consoleOutput(new java.io.ByteArrayOutputStream())
                    .service("third"));
            log.info("three");
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines)
                .extracting(line -> JsonLines.parse(line).get("message").asText())
                .containsExactly("one", "two", "three");
    }
}
