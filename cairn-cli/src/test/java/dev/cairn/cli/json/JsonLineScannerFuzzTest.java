package dev.cairn.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.HostileInputs;
import dev.cairn.testing.JsonLines;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CLI's hand-written JSON scanner against Jackson (strict, no trailing tokens) on valid records, records with one
 * character changed, cut or doubled, and the shared hostile corpus: it never throws, and it accepts a line exactly
 * when Jackson reads it as one JSON object; reading it as the first line of a longer buffer ({@code scanLine}) accepts
 * the same lines.
 */
class JsonLineScannerFuzzTest {

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of(HostileInputs.corpus()),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(6));
        Arbitrary<String> valid = Arbitraries.maps(
                        text,
                        Arbitraries.oneOf(
                                text.map(s -> (Object) s),
                                Arbitraries.integers().map(n -> (Object) n),
                                text.list().ofMaxSize(3).map(l -> (Object) l)))
                .ofMaxSize(4)
                .map(JsonLineScannerFuzzTest::write)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<String> mutated = valid.filter(s -> s.length() > 2)
                .flatMap(s -> Arbitraries.integers()
                        .between(0, s.length() - 1)
                        .flatMap(at -> Arbitraries.of(
                                        "", "\"", "\\", "{", "}", "[", "]", ",", ":", "0", "-", "e", "\u0001", " ", "x",
                                        "\n")
                                .map(c -> s.substring(0, at) + c + s.substring(at + 1))));
        Arbitrary<String> cut =
                valid.flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
        return Arbitraries.oneOf(valid, mutated, cut, text);
    }

    private static String write(Map<String, Object> map) {
        try {
            return JsonLines.mapper().writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 1000)
    void scanner_agreesWithJacksonOnWhatIsOneJsonObject(@ForAll("lines") String line) {
        assertAgrees(line);
    }

    @Example
    void corpus_agreesWithJackson() {
        for (String input : HostileInputs.corpus()) {
            if (input.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                assertAgrees(input);
                assertAgrees("{\"k\":\"" + input + "\"}");
            }
        }
        for (String input : List.of("{}", "{\"a\":1}", "{\"a\":[1,{\"b\":null}]}", "{\"a\":1,}", "{\"a\":01}", "[]")) {
            assertAgrees(input);
        }
    }

    private static void assertAgrees(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        boolean scanned = new JsonLineScanner().scan(bytes, 0, bytes.length);
        boolean jackson;
        try {
            JsonNode node = JsonLines.mapper().readTree(bytes);
            jackson = node != null && node.isObject();
        } catch (Exception e) {
            jackson = false;
        }
        assertThat(scanned).as("scanner on %s", line).isEqualTo(jackson);
        assertScanLineAgreesWithScan(bytes);
        assertScanLineAgreesWithScan((line + "\n{\"next\":1}").getBytes(StandardCharsets.UTF_8));
    }

    /** Reading a line of a longer buffer, finding its end in the same pass, accepts exactly what scan accepts. */
    private static void assertScanLineAgreesWithScan(byte[] bytes) {
        int lineEnd = 0;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
            lineEnd++;
        }
        int expected = new JsonLineScanner().scan(bytes, 0, lineEnd) ? lineEnd : -1;
        assertThat(new JsonLineScanner().scanLine(bytes, 0, bytes.length))
                .as("scanLine on %s", new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }
}
