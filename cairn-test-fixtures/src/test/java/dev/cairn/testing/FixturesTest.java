package dev.cairn.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {

    @TempDir
    Path dir;

    /** Echoes standard input, its arguments and two environment variables. */
    public static final class Echo {
        public static void main(String[] args) throws IOException {
            System.out.print(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
            System.out.println(String.join(",", args));
            System.err.println(System.getenv("CAIRN_FROM_TEST") + " " + System.getenv("CAIRN_INHERITED"));
            System.exit(3);
        }
    }

    @Test
    void childJvm_runsTheMainClassWithOnlyTheTestsCairnVariables() throws Exception {
        ChildJvm.Exit exit = ChildJvm.main(Echo.class)
                .in(dir)
                .environment(Map.of("CAIRN_FROM_TEST", "set"))
                .arguments("a", "b")
                .stdin("typed\n".getBytes(StandardCharsets.UTF_8))
                .run(Duration.ofSeconds(60));

        assertThat(exit.code()).isEqualTo(3);
        assertThat(exit.stdoutLines()).containsExactly("typed", "a,b");
        assertThat(exit.stderrLines()).containsExactly("set null");
    }

    @Test
    void jsonLines_parsesEveryNonBlankLineAndNamesABadOne() throws IOException {
        Path file = Files.writeString(dir.resolve("app.log"), "{\"message\":\"a\"}\n\n{\"message\":\"b\"}\n");

        List<JsonNode> records = JsonLines.read(file);

        assertThat(records).extracting(r -> r.get("message").asText()).containsExactly("a", "b");
        assertThat(Records.only(records, "b").get("message").asText()).isEqualTo("b");
        assertThat(JsonLines.read(dir.resolve("missing.log"))).isEmpty();
        assertThatThrownBy(() -> JsonLines.parseAll("{\"message\":\"a\"}\n{cut"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("{cut");
    }

    @Test
    void await_returnsTheFirstAcceptedValue() {
        AtomicInteger probes = new AtomicInteger();

        int value = Await.until(probes::incrementAndGet, n -> n >= 3, () -> "three probes");

        assertThat(value).isEqualTo(3);
    }

    @Test
    void await_failsWithWhatItWaitedForWhenTheDeadlinePasses() {
        assertThatThrownBy(() -> Await.until(Duration.ZERO, () -> "seen", "other"::equals, () -> "other, saw seen"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("not within 0 ms: other, saw seen");
    }
}
