package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static entry point in a real child JVM, configured by its real environment, system properties and working
 * directory: the path a production service takes.
 */
class ProcessConfigurationTest {

    @TempDir
    Path dir;

    /** The program the child JVM runs. */
    public static final class Child {
        public static void main(String[] args) {
            Logger log = Cairn.logger("shop.checkout");
            log.debug("debug from child");
            log.info("info from child", KeyValue.kv("password", "hunter2"));
            if (args.length > 0) {
                Cairn.configure(c -> c.service("reconfigured"));
                log.info("after configure");
            }
        }
    }

    private Result run(Map<String, String> env, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        ChildJvm.Exit exit = ChildJvm.main(Child.class)
                .in(dir)
                .environment(env)
                .jvmArguments("-Xmx256m")
                .jvmArguments(jvmArgs)
                .arguments(args)
                .run(Duration.ofSeconds(60));
        return new Result(exit.code(), exit.stdout(), exit.stderr());
    }

    private record Result(int exit, String out, String err) {
        List<JsonNode> records() {
            return JsonLines.parseAll(out);
        }
    }

    @Test
    void environmentAndSystemProperties_configureTheStaticEntryPoint() throws Exception {
        Result result = run(
                Map.of("CAIRN_LEVEL", "DEBUG", "CAIRN_SERVICE", "from-env"), List.of("-Dcairn.service=from-property"));
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        List<JsonNode> records = result.records();
        assertThat(records)
                .extracting(r -> r.get("message").asText())
                .containsExactly("debug from child", "info from child");
        assertThat(records)
                .allSatisfy(r -> assertThat(r.get("service").asText()).isEqualTo("from-property"));
        assertThat(records.get(1).get("password").asText()).isEqualTo("[REDACTED]");
    }

    @Test
    void badEnvironmentValue_printsOneLineAndTheApplicationRuns() throws Exception {
        Result result = run(Map.of("CAIRN_LEVEL", "chatty", "LOG_FORMAT", "json"), List.of());
        assertThat(result.exit()).isZero();
        assertThat(result.err().lines())
                .containsExactly("cairn: invalid value \"chatty\" for cairn.level from "
                        + "environment variable CAIRN_LEVEL: expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL, OFF"
                        + " (aliases WARNING, CRITICAL); using the default INFO");
        assertThat(result.records()).extracting(r -> r.get("message").asText()).containsExactly("info from child");
    }

    @Test
    void propertiesFileInTheWorkingDirectory_andConfigureAfterTheFirstCall() throws Exception {
        Files.writeString(dir.resolve("cairn.properties"), "cairn.level.shop=WARN\ncairn.file=logs/app.log\n");
        Result result = run(Map.of(), List.of(), "reconfigure");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        List<JsonNode> console = result.records();
        List<String> fileLines = Files.readAllLines(dir.resolve("logs/app.log"));
        assertThat(console).isEmpty();
        assertThat(fileLines).isEmpty();

        Files.writeString(dir.resolve("cairn.properties"), "cairn.file=logs/app.log\n");
        result = run(Map.of(), List.of(), "reconfigure");
        assertThat(result.records())
                .extracting(r -> r.get("message").asText())
                .containsExactly("info from child", "after configure");
        fileLines = Files.readAllLines(dir.resolve("logs/app.log"));
        assertThat(fileLines).hasSize(2);
        assertThat(JsonLines.parse(fileLines.get(1)).get("service").asText()).isEqualTo("reconfigured");
    }

    @Test
    void hugeSingleLineConfigurationFile_inASmallHeap_isRefusedAndTheApplicationRuns() throws Exception {
        try (java.io.Writer out = Files.newBufferedWriter(dir.resolve("huge.properties"))) {
            out.write("cairn.service=");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        Result result = run(Map.of("CAIRN_CONFIG", "huge.properties"), List.of("-Xmx32m"));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("cairn: cannot read configuration file huge.properties")
                .contains("larger than 1024 KiB");
        assertThat(result.records()).extracting(r -> r.get("message").asText()).containsExactly("info from child");
    }
}
