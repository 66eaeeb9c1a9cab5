package dev.cairn.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.RecordFilter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A kind of sink declared outside the core configuration (as a sink provider in another module would) declares its
 * options with the same building blocks, and they are read, defaulted and reported exactly as the core's.
 */
class SinkOptionDeclarationTest {

    /** The options of an imagined network sink. */
    static final SinkOption<URI> URL = SinkOption.of(
            "url",
            ValueType.of("an http or https URL", raw -> {
                URI uri = URI.create(raw.trim());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw new IllegalArgumentException();
                }
                return uri;
            }),
            "no URL");

    static final SinkOption<Duration> TIMEOUT =
            SinkOption.withDefault("timeout", ValueType.duration("10s or 500ms"), "10s");
    static final SinkOption<Integer> BATCH = SinkOption.withDefault("batch", ValueType.integer(1, 10_000), "512");
    static final SinkOptions NETWORK = SinkOptions.of(URL, TIMEOUT, BATCH).and(FilterOptions.ALL);

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    private final Map<String, List<Candidate>> candidates = new LinkedHashMap<>();

    private void set(String name, String raw, String source) {
        candidates.computeIfAbsent(name, n -> new ArrayList<>()).add(new Candidate(raw, source));
    }

    private ConfigLookup lookup() {
        return new ConfigLookup(
                candidates, new Diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8)));
    }

    private List<String> lines() {
        return diagnostics.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void optionsOfAnotherKindOfSink_areReadTypedAndReportedLikeCoreKeys() {
        set("cairn.sink.remote.url", "ftp://x", "system property cairn.sink.remote.url");
        set("cairn.sink.remote.url", "https://logs.example/in", "file cairn.properties");
        set("cairn.sink.remote.timeout", "soon", "file cairn.properties");
        set("cairn.sink.remote.levels", "WARN", "file cairn.properties");
        set("cairn.sink.remote.colour", "red", "file cairn.properties");
        ConfigLookup lookup = lookup();
        SinkScope scope = SinkScope.named("remote", NETWORK);
        OptionReader options = lookup.options(scope);

        assertThat(options.find(URL)).contains(URI.create("https://logs.example/in"));
        assertThat(options.get(TIMEOUT)).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.get(BATCH)).isEqualTo(512);
        RecordFilter filter = FilterOptions.read(options);
        assertThat(filter.min()).isEqualTo(Level.WARN);
        lookup.reportUnused(name -> scope.keyFor(name));

        assertThat(lines())
                .containsExactly(
                        "cairn: invalid value \"ftp://x\" for cairn.sink.remote.url from system property cairn.sink.remote.url:"
                                + " expected an http or https URL; using \"https://logs.example/in\" from file cairn.properties",
                        "cairn: invalid value \"soon\" for cairn.sink.remote.timeout from file cairn.properties: expected a"
                                + " duration such as 10s or 500ms; using the default 10s",
                        "cairn: unknown key cairn.sink.remote.colour: the options here are url, timeout, batch, levels, loggers,"
                                + " kinds (in file cairn.properties); ignored");
    }

    @Test
    void aSinkWithABadName_hasEachOptionReportedAndDefaulted() {
        set("cairn.sink.re mote.batch", "5", "file cairn.properties");
        OptionReader options = lookup().options(SinkScope.named("re mote", NETWORK));

        assertThat(options.get(BATCH)).isEqualTo(512);
        assertThat(options.find(URL)).isEmpty();
        assertThat(lines())
                .containsExactly("cairn: invalid key cairn.sink.re mote.batch: expected"
                        + " cairn.sink.<name>.<option>, the name of 1 to 64 letters, digits, _ or - (in file cairn.properties);"
                        + " ignored");
    }
}
