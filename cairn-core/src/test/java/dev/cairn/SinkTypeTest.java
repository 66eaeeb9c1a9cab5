package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.internal.SinkTypes;
import dev.cairn.linesink.LineChannels;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sink types found with ServiceLoader: Cairn's own through {@code provides} (this test runs Cairn as a named module),
 * and the test-only {@code test-lines} type, standing in for a separate module on the class path, in a child JVM
 * configured from system properties.
 */
class SinkTypeTest {

    @TempDir
    Path dir;

    /** Logs two records through the sinks the system properties configure, then prints what the channel received. */
    public static final class LogsToConfiguredSinks {
        public static void main(String[] args) {
            Logger log = Cairn.logger("shop");
            log.info("not for remote");
            log.warn("for remote");
            Cairn.flush();
            LogStats.SinkStats remote = Cairn.system().stats().sink("remote");
            System.out.println("stats " + remote.written() + " " + remote.failed() + " " + remote.dropped());
            Cairn.shutdown();
            System.out.println("closed " + LineChannels.get("discovery").isClosed());
            LineChannels.get("discovery").lines().forEach(System.out::println);
        }
    }

    @Test
    void typeOnTheClassPath_isFoundConfiguredFromPropertiesAndEveryBadEntryReportedInOneLine() throws Exception {
        List<String> properties = List.of(
                "-Dcairn.console=none",
                "-Dcairn.sink.remote.type=test-lines",
                "-Dcairn.sink.remote.channel=discovery",
                "-Dcairn.sink.remote.format=text",
                "-Dcairn.sink.remote.levels=WARN",
                "-Dcairn.sink.typo.type=test-linez",
                "-Dcairn.sink.typo.channel=typo",
                "-Dcairn.sink.bad.type=test-lines",
                "-Dcairn.sink.bad.channel=bad",
                "-Dcairn.sink.bad.may-block=maybe",
                "-Dcairn.sink.nochannel.type=test-lines",
                "-Dcairn.sink.extra.type=test-lines",
                "-Dcairn.sink.extra.channel=extra",
                "-Dcairn.sink.extra.colour=red");
        Process child = ChildJvm.main(LogsToConfiguredSinks.class)
                .in(dir)
                .jvmArguments("-Xmx256m")
                .jvmArguments(properties)
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        List<String> err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();

        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isEqualTo("stats 1 0 0");
        assertThat(out.get(1)).isEqualTo("closed true");
        assertThat(out.get(2)).contains(" WARN  shop - for remote");
        assertThat(err)
                .containsExactlyInAnyOrder(
                        "cairn: invalid value \"test-linez\" for cairn.sink.typo.type from system property cairn.sink.typo.type:"
                                + " expected one of the installed sink types: console, file, http, test-lines; using none, so sink"
                                + " typo is left out",
                        "cairn: invalid value \"maybe\" for cairn.sink.bad.may-block from system property"
                                + " cairn.sink.bad.may-block: expected true or false; using the default true",
                        "cairn: sink nochannel of type test-lines has no cairn.sink.nochannel.channel (a channel name of"
                                + " letters and digits); it is left out",
                        "cairn: unknown key cairn.sink.extra.colour: the options of sink type test-lines are channel, format,"
                                + " may-block, stall, levels, loggers, kinds, json.schema (in system property cairn.sink.extra.colour);"
                                + " ignored");
    }

    @Test
    void namedSinksOfCairnsOwnTypes_areBuiltThroughTheirProviders() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(c -> c.set("cairn.console", "none")
                        .consoleOutput(console)
                        .set("cairn.sink.human.type", "console")
                        .set("cairn.sink.human.format", "text")
                        .set("cairn.sink.human.color", "never")
                        .set("cairn.sink.human.levels", "WARN")
                        .set("cairn.sink.audit.type", "file")
                        .set("cairn.sink.audit.path", "audit.log"))
                .build()) {
            system.logger("shop").info("file only");
            system.logger("shop").warn("both");
            system.flush();
            assertThat(system.stats().sinks())
                    .extracting(LogStats.SinkStats::name)
                    .containsExactly("audit", "human");
        }
        assertThat(console.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .contains(" WARN  shop - both");
        assertThat(Files.readAllLines(dir.resolve("audit.log"))).hasSize(2);
    }

    @Test
    void unknownTypeSetInCode_isRejectedAtOnceListingTheInstalledTypes() {
        LogSystem.Builder builder = LogSystem.builder();
        assertThatThrownBy(() -> builder.configure(c -> c.set("cairn.sink.x.type", "kafka")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid value \"kafka\" for cairn.sink.x.type: expected one of the installed"
                        + " sink types: console, file");
    }

    @Test
    void cairnsOwnTypes_areFoundThroughTheModuleDescriptor() {
        assertThat(SinkTypes.installed().names()).contains("console", "file");
        assertThat(SinkTypes.installed().problems()).isEmpty();
    }

    @Test
    void moduleDescriptorAndServiceFile_registerTheSameProviders() throws IOException {
        Set<String> inDescriptor = SinkProvider.class.getModule().getDescriptor().provides().stream()
                .filter(p -> p.service().equals(SinkProvider.class.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toSet());
        Set<String> inServiceFile =
                Files.readAllLines(Path.of("src/main/resources/META-INF/services/" + SinkProvider.class.getName()))
                        .stream()
                        .map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toSet());
        assertThat(inDescriptor).isNotEmpty().isEqualTo(inServiceFile);
    }
}
