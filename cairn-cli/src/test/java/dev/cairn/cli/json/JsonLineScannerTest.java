package dev.cairn.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLineScannerTest {

    private final JsonLineScanner scanner = new JsonLineScanner();

    private boolean scan(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return scanner.scan(b, 0, b.length);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void indexesTopLevelFieldsOfEveryType() {
        assertThat(
                        scan(
                                " {\"s\":\"a\\\"b\", \"n\":-12.5e3,\"t\":true,\"f\":false,\"z\":null,\"o\":{\"x\":[1,\"}\"]},\"a\":[{\"]\":1}]}\r"))
                .isTrue();

        assertThat(scanner.size()).isEqualTo(7);
        assertThat(scanner.type(scanner.find(utf8("s")))).isEqualTo(JsonType.STRING);
        assertThat(scanner.text(scanner.find(utf8("s")))).isEqualTo("a\"b");
        assertThat(scanner.isEscaped(scanner.find(utf8("s")))).isTrue();
        assertThat(scanner.text(scanner.find(utf8("n")))).isEqualTo("-12.5e3");
        assertThat(scanner.type(scanner.find(utf8("t")))).isEqualTo(JsonType.BOOLEAN);
        assertThat(scanner.type(scanner.find(utf8("z")))).isEqualTo(JsonType.NULL);
        assertThat(scanner.text(scanner.find(utf8("o")))).isEqualTo("{\"x\":[1,\"}\"]}");
        assertThat(scanner.type(scanner.find(utf8("a")))).isEqualTo(JsonType.ARRAY);
        assertThat(scanner.find(utf8("missing"))).isEqualTo(-1);
        assertThat(scanner.textEquals(scanner.find(utf8("s")), utf8("a\"b"))).isTrue();
    }

    @Test
    void keysWithTheSameLengthAndEnds_areStillTellApart() {
        assertThat(scan("{\"abxc\":1,\"abyc\":2}")).isTrue();
        assertThat(scanner.text(scanner.find(utf8("abyc")))).isEqualTo("2");
    }

    @Test
    void aByteOrderMarkBeforeTheObjectIsSkipped() {
        byte[] b = "\uFEFF{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(b, 0, b.length)).isTrue();
        assertThat(scanner.text(scanner.find(utf8("a")))).isEqualTo("1");
    }

    @Test
    void scanLine_findsTheEndOfItsLineAndIndexesItsFields() {
        byte[] b = utf8("{\"a\":1} \r\n{\"b\":2}");

        assertThat(scanner.scanLine(b, 0, b.length)).isEqualTo(9);
        assertThat(scanner.text(scanner.find(utf8("a")))).isEqualTo("1");
        assertThat(scanner.scanLine(b, 10, b.length)).isEqualTo(b.length);
        assertThat(scanner.text(scanner.find(utf8("b")))).isEqualTo("2");
    }

    @Test
    void scanLine_rejectsAnObjectThatGoesOnPastItsLine() {
        byte[] b = utf8("{\"a\":\n1}\n");

        assertThat(scanner.scanLine(b, 0, b.length)).isEqualTo(-1);
        assertThat(scanner.scan(b, 0, b.length)).isTrue();
    }

    @Test
    void emptyObjectIsValid() {
        assertThat(scan("{}")).isTrue();
        assertThat(scanner.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "[1,2]",
                "\"s\"",
                "{",
                "{\"a\"}",
                "{\"a\":}",
                "{\"a\":1,}",
                "{\"a\":1} x",
                "{\"a\":tru}",
                "{\"a\":\"unterminated}",
                "{\"a\":{\"b\":1}",
                "{a:1}",
                "{\"a\":1 \"b\":2}",
                "{\"a\":nul}"
            })
    void rejectsWhatIsNotOneJsonObject(String line) {
        assertThat(scan(line)).isFalse();
    }

    /** JSONTestSuite-style {@code n_} documents placed in a field no command reads: the whole line is rejected. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[1,]",
                "[,1]",
                "[1,,2]",
                "[1 2]",
                "{\"a\" 1}",
                "{\"a\":1,}",
                "{,}",
                "{\"a\"}",
                "{1:1}",
                "[\"a\\x\"]",
                "[\"\\u12\"]",
                "[\"\\uZZZZ\"]",
                "[\"tab\there\"]",
                "[\"nl\nhere\"]",
                "[01]",
                "[1.]",
                "[.5]",
                "[1e]",
                "[1e+]",
                "[-]",
                "[+1]",
                "[0x1]",
                "[1.5.5]",
                "[--1]",
                "[Infinity]",
                "[NaN]",
                "[tru]",
                "[nul]",
                "[True]",
                "[1]]",
                "[[1]",
                "{\"a\":[}]}",
                "[\"unclosed]",
                "[1,{\"b\":}]",
                "[{\"b\":1,}]",
                "['single']",
                "[1]x"
            })
    void invalidJsonAnywhereInTheLine_isRejected(String nested) {
        assertThat(scan("{\"timestamp\":\"2026-01-01T00:00:00Z\",\"message\":\"m\",\"x\":" + nested + "}"))
                .as(nested)
                .isFalse();
        assertThat(scan("{\"x\":{\"deeper\":[" + nested + "]}}")).as(nested).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "{}",
                "[1,-0.5e+10,0,1E3,true,false,null]",
                "{\"a\":{\"b\":[{},[],\"\\u00e9\\n\\/\"]}}",
                " [ 1 , { \"k\" : \"v\" } ] ",
                "[\"\\\\\"]",
                "-0",
                "0.25",
                "\"\\ud83d\\ude00\""
            })
    void validJsonAnywhereInTheLine_isAccepted(String value) {
        assertThat(scan("{\"x\":" + value + ",\"after\":1}")).as(value).isTrue();
        assertThat(scanner.text(scanner.find(utf8("after")))).isEqualTo("1");
    }

    @Test
    void deepNesting_isCheckedWithoutRecursion() {
        int depth = 100_000;
        String deep = "[".repeat(depth) + "{\"a\":1}" + "]".repeat(depth);
        assertThat(scan("{\"x\":" + deep + "}")).isTrue();
        assertThat(scan("{\"x\":" + deep.substring(0, deep.length() - 1) + "}")).isFalse();
        String mixed = "{\"a\":[".repeat(500) + "1" + "]}".repeat(500);
        assertThat(scan("{\"x\":" + mixed + "}")).isTrue();
        assertThat(scan("{\"x\":" + mixed.replace("]}]}", "}]}]") + "}")).isFalse();
    }

    @Test
    void longStringsWithQuotesAtEveryOffset_areFoundByTheWordAtATimeSearch() {
        for (int n = 0; n < 40; n++) {
            String v = "x".repeat(n) + "\\\"" + "y".repeat(n % 9);
            assertThat(scan("{\"k\":\"" + v + "\",\"after\":1}")).isTrue();
            assertThat(scanner.text(scanner.find(utf8("k")))).isEqualTo("x".repeat(n) + "\"" + "y".repeat(n % 9));
            assertThat(scanner.text(scanner.find(utf8("after")))).isEqualTo("1");
        }
    }

    @Test
    void escapesAndControlBytes_areHandledWhereverTheyFallInTheRange() {
        for (int n = 0; n < 20; n++) {
            String plain = "p".repeat(n);
            String line = "{\"e\":\"" + plain + "\\u00e9\\n" + plain + "\",\"k\":\"" + plain + "\"}";
            assertThat(scan(line)).as(line).isTrue();
            assertThat(scanner.text(scanner.find(utf8("e")))).isEqualTo(plain + "\u00e9\n" + plain);
            assertThat(scanner.isEscaped(scanner.find(utf8("e")))).isTrue();
            // The string after an escaped one, and the last one of the range (its end read byte by byte), are plain.
            assertThat(scanner.isEscaped(scanner.find(utf8("k")))).isFalse();
            assertThat(scanner.text(scanner.find(utf8("k")))).isEqualTo(plain);

            assertThat(scan("{\"k\":\"" + plain + "\t\"}")).isFalse();
            assertThat(scan("{\"k\":\"" + plain + "\\x\"}")).isFalse();
            assertThat(scan("{\"k\":\"" + plain + "\\u12\"}")).isFalse();
            assertThat(scan("{\"k\":\"" + plain + "\\")).isFalse();
            assertThat(scan("{\"k\":\"" + plain)).isFalse();
        }
    }
}
