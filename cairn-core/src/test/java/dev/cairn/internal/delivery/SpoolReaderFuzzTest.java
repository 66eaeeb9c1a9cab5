package dev.cairn.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The spool reader on any bytes: random ones, and real spool files (written by {@link Spool}) cut, flipped and
 * spliced. It always gives a verdict, never throws, and never returns an entry that was not written.
 */
class SpoolReaderFuzzTest {

    private static final List<List<String>> WRITTEN = List.of(
            List.of("{\"message\":\"first\"}\n", "{\"message\":\"second\"}\n"),
            List.of("{\"message\":\"third\",\"n\":3}\n"),
            List.of(),
            List.of("x".repeat(300), "", "{\"message\":\"é\"}\n"));
    private static final byte[] REAL_FILE = realSpoolFile();

    private static byte[] realSpoolFile() {
        try {
            Path folder = Files.createTempDirectory("spool-fuzz");
            try (Spool spool = Spool.open(folder, 1 << 20)) {
                for (List<String> batch : WRITTEN) {
                    spool.append(batch.stream()
                            .map(s -> s.getBytes(StandardCharsets.UTF_8))
                            .collect(Collectors.toList()));
                }
                return Files.readAllBytes(spool.files().get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> text(SpoolVerdict verdict) {
        return verdict.entries().stream()
                .map(entry -> entry.stream()
                        .map(item -> new String(item, StandardCharsets.UTF_8))
                        .collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    /** A verdict that could be right: counts not negative, and every entry one that was written. */
    private static void assertSound(SpoolVerdict verdict) {
        assertThat(verdict.damagedEntries()).isNotNegative();
        assertThat(verdict.lostRecords()).isNotNegative();
        assertThat(verdict.unreadableBytes()).isNotNegative();
        assertThat(WRITTEN).containsAll(text(verdict));
    }

    @Test
    void theRealFile_readsBackEveryEntry() {
        SpoolVerdict verdict = SpoolVerdict.of(REAL_FILE);
        assertThat(verdict.spoolFile()).isTrue();
        assertThat(text(verdict)).isEqualTo(WRITTEN);
        assertThat(verdict.damagedEntries()).isZero();
    }

    @Property(tries = 2000)
    void anyBytes_getAVerdict(@ForAll @Size(max = 600) byte[] bytes) {
        assertSound(SpoolVerdict.of(bytes));
    }

    @Property(tries = 2000)
    void anyBytesAfterTheMagic_getAVerdict(@ForAll @Size(max = 600) byte[] tail) {
        byte[] bytes = Arrays.copyOf(SpoolFormat.MAGIC, SpoolFormat.MAGIC.length + tail.length);
        System.arraycopy(tail, 0, bytes, SpoolFormat.MAGIC.length, tail.length);
        SpoolVerdict verdict = SpoolVerdict.of(bytes);
        assertThat(verdict.spoolFile()).isTrue();
        assertSound(verdict);
    }

    @Property(tries = 2000)
    void aRealFileCut_keepsEveryWholeEntryBeforeTheCut(@ForAll("cuts") int length) {
        SpoolVerdict verdict = SpoolVerdict.of(Arrays.copyOf(REAL_FILE, length));
        assertSound(verdict);
        assertThat(WRITTEN.subList(0, verdict.entries().size())).isEqualTo(text(verdict));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, REAL_FILE.length);
    }

    @Property(tries = 3000)
    void aRealFileMutated_isNeverMisread(
            @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll byte value,
            @ForAll @IntRange(min = 0, max = 3) int kind,
            @ForAll @IntRange(min = 1, max = 40) int span) {
        byte[] mutated = mutate(REAL_FILE, position % REAL_FILE.length, value, kind, span);
        assertSound(SpoolVerdict.of(mutated));
    }

    /** Flips a byte, deletes a span, inserts a byte, or repeats a span. */
    private static byte[] mutate(byte[] original, int at, byte value, int kind, int span) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : original) {
            bytes.add(b);
        }
        switch (kind) {
            case 0:
                bytes.set(at, (byte) (bytes.get(at) ^ (value == 0 ? 1 : value)));
                break;
            case 1:
                bytes.subList(at, Math.min(bytes.size(), at + span)).clear();
                break;
            case 2:
                bytes.add(at, value);
                break;
            default:
                bytes.addAll(at, new ArrayList<>(bytes.subList(at, Math.min(bytes.size(), at + span))));
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    @Test
    void corpus_everyFoundInputGetsItsVerdict() throws IOException, URISyntaxException {
        Path corpus = Path.of(
                SpoolReaderFuzzTest.class.getResource("/fuzz/spool-reader").toURI());
        List<Path> inputs;
        try (Stream<Path> files = Files.list(corpus)) {
            inputs = files.sorted().collect(Collectors.toList());
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(10);
        for (Path input : inputs) {
            SpoolVerdict verdict = SpoolVerdict.of(Files.readAllBytes(input));
            assertThat(verdict.damagedEntries()).as(input.toString()).isNotNegative();
            assertThat(verdict.lostRecords()).as(input.toString()).isNotNegative();
        }
        assertThat(SpoolVerdict.of(Files.readAllBytes(corpus.resolve("valid-three-entries")))
                        .entries())
                .hasSize(3);
        SpoolVerdict flipped = SpoolVerdict.of(Files.readAllBytes(corpus.resolve("flipped-payload-byte")));
        assertThat(flipped.entries()).hasSize(2);
        assertThat(flipped.damagedEntries()).isEqualTo(1);
        assertThat(flipped.lostRecords()).isEqualTo(2);
        SpoolVerdict cut = SpoolVerdict.of(Files.readAllBytes(corpus.resolve("cut-in-last-entry")));
        assertThat(cut.entries()).hasSize(2);
        assertThat(cut.damagedEntries()).isEqualTo(1);
        SpoolVerdict huge = SpoolVerdict.of(Files.readAllBytes(corpus.resolve("huge-length")));
        assertThat(huge.entries()).isEmpty();
        assertThat(huge.damagedEntries()).isEqualTo(1);
        assertThat(SpoolVerdict.of(Files.readAllBytes(corpus.resolve("negative-record-count")))
                        .unreadableBytes())
                .isPositive();
        assertThat(SpoolVerdict.of(Files.readAllBytes(corpus.resolve("not-a-spool-file")))
                        .spoolFile())
                .isFalse();
    }
}
