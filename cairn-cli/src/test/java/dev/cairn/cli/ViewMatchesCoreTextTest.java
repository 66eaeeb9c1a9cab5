package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cairn view} of a JSON file prints, byte for byte, what the core's text layout printed for the same records.
 * Both files are written now, by the core this build compiled ({@code dev.cairn.TextAndJsonSample} in cairn-core's
 * tests, run in a child JVM), so a change to either side's output fails here.
 */
class ViewMatchesCoreTextTest {

    /** The core's sample program; a name, because this module's tests compile without the core's packages. */
    private static final String SAMPLE = "dev.cairn.TextAndJsonSample";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "source location {0}")
    @ValueSource(booleans = {true, false})
    void view_printsExactlyWhatTheCoresTextLayoutPrinted(boolean location) throws Exception {
        Path json = dir.resolve("app.log");
        Path text = dir.resolve("app.txt");
        ChildJvm.Exit sample = ChildJvm.main(SAMPLE)
                .in(dir)
                .jvmArguments("-Xmx128m")
                .arguments(json.toString(), text.toString(), String.valueOf(location))
                .run(Duration.ofSeconds(60));
        assertThat(sample.stderr()).isEmpty();
        assertThat(sample.code()).isZero();
        String coreText = Files.readString(text, StandardCharsets.UTF_8);
        assertThat(coreText.lines().filter(line -> !line.startsWith("  ")))
                .as("records")
                .hasSize(location ? 15 : 14);

        CliRun.Result view = cli().run("view", json.toString());

        assertThat(view.err()).isEmpty();
        assertThat(view.exitCode()).isZero();
        assertThat(view.out()).isEqualTo(coreText);
    }
}
