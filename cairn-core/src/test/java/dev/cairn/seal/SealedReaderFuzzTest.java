package dev.cairn.seal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.internal.seal.ChainVerifier;
import dev.cairn.internal.seal.SealingKey;
import dev.cairn.internal.seal.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/**
 * The sealed-file reader: any bytes, and real sealed files mutated byte by byte, get a clear verdict and never an
 * exception. Inputs found to matter are kept in {@code src/test/resources/fuzz/sealed-reader/} (the reference file
 * {@code sealed.log} and its key {@code reader.key}) and replayed by {@link #corpus_getsAVerdictWithoutException}.
 */
class SealedReaderFuzzTest {

    private static final String CORPUS = "/fuzz/sealed-reader/";
    private static final Path WORK;
    private static final byte[] SEALED;
    private static final SealingKey KEY;

    static {
        try {
            WORK = Files.createTempDirectory("sealed-reader");
            SEALED = resource("sealed.log");
            KEY = SealingKey.parse(new String(resource("reader.key"), StandardCharsets.UTF_8), "reader.key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void clean() throws IOException {
        Files.deleteIfExists(WORK.resolve("app.log"));
        Files.deleteIfExists(WORK);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SealedReaderFuzzTest.class.getResourceAsStream(CORPUS + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static void assertClearVerdict(byte[] content) throws IOException {
        Path file = WORK.resolve("app.log");
        Files.write(file, content);
        List<String> records = new ArrayList<>();
        Verdict byKey = ChainVerifier.withKey(KEY).verify(List.of(file), records::add);
        Verdict byPublicKey = ChainVerifier.withPublicKey(KEY.publicKey()).verify(List.of(file), null);
        for (Verdict verdict : List.of(byKey, byPublicKey)) {
            assertThat(verdict.summary()).isNotBlank();
            assertThat(verdict.intact() || !verdict.problems().isEmpty()).isTrue();
        }
        if (!java.util.Arrays.equals(content, SEALED)) {
            // Whole: intact, every record, and nothing the verifier must warn about. A file cut right before its
            // final checkpoint is intact as far as it goes (a crash leaves the same), with a note on the unsigned end.
            assertThat(byKey.intact() && records.size() == 20 && byKey.notes().isEmpty())
                    .as("a changed file never verifies whole: %s %s", byKey.summary(), byKey.notes())
                    .isFalse();
        }
    }

    @Test
    void referenceFile_verifies() throws IOException {
        Path file = WORK.resolve("app.log");
        Files.write(file, SEALED);
        List<String> records = new ArrayList<>();
        assertThat(ChainVerifier.withKey(KEY)
                        .verify(List.of(file), records::add)
                        .intact())
                .isTrue();
        assertThat(records).hasSize(20);
    }

    @Test
    void finalCheckpointCut_isNotedAsAnUnsignedEnd() throws IOException {
        Path file = WORK.resolve("app.log");
        Files.write(file, Files.readAllBytes(Path.of("src/test/resources" + CORPUS + "input-final-checkpoint-cut")));
        Verdict verdict = ChainVerifier.withKey(KEY).verify(List.of(file), null);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.notes())
                .singleElement()
                .asString()
                .contains("5 records after the last checkpoint")
                .contains("could have been changed or cut");
    }

    @Test
    void corpus_getsAVerdictWithoutException() throws IOException {
        Path corpus = Path.of("src/test/resources" + CORPUS);
        try (var inputs = Files.list(corpus)) {
            for (Path input : inputs.filter(p -> p.getFileName().toString().startsWith("input-"))
                    .toList()) {
                assertClearVerdict(Files.readAllBytes(input));
            }
        }
    }

    @Property(tries = 1000)
    void anyBytes_getAVerdict(@ForAll("bytes") byte[] content) throws IOException {
        assertClearVerdict(content);
    }

    @Property(tries = 200)
    void mutatedSealedFile_getsAVerdict(@ForAll("mutations") byte[] content) throws IOException {
        assertClearVerdict(content);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
        Arbitrary<byte[]> lineLike = Arbitraries.strings()
                .withChars("{}\",:0123456789abcdefnprcshk_-\n AZ")
                .ofMaxLength(400)
                .map(s -> ("{\"seal\":\"" + s).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, lineLike);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, SEALED.length - 1);
        Arbitrary<byte[]> flipped = Arbitraries.integers()
                .between(1, 255)
                .flatMap(mask -> position.map(at -> {
                    byte[] copy = SEALED.clone();
                    copy[at] ^= mask.byteValue();
                    return copy;
                }));
        Arbitrary<byte[]> cut = position.map(at -> java.util.Arrays.copyOf(SEALED, at));
        Arbitrary<byte[]> removed =
                position.flatMap(at -> Arbitraries.integers().between(1, 400).map(length -> {
                    int end = Math.min(SEALED.length, at + length);
                    byte[] copy = new byte[SEALED.length - (end - at)];
                    System.arraycopy(SEALED, 0, copy, 0, at);
                    System.arraycopy(SEALED, end, copy, at, SEALED.length - end);
                    return copy;
                }));
        return Arbitraries.oneOf(flipped, cut, removed);
    }
}
