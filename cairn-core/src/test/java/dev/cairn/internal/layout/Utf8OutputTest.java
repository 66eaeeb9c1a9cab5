package dev.cairn.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The byte buffer every layout writes into: UTF-8 for each class of character (ASCII, escapes, two-, three- and
 * four-byte forms, lone surrogates), JSON strings a real parser reads back as the text, integers as {@link Long#toString}
 * writes them, and growth past the retained size.
 */
class Utf8OutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text a JSON string written from {@code text} must read back as: lone surrogates become U+FFFD. */
    private static String readBack(String text) {
        StringBuilder expected = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                expected.append(c).append(text.charAt(++i));
            } else {
                expected.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return expected.toString();
    }

    private static String parsedString(Utf8Output out) throws Exception {
        return JSON.readTree(out.toByteArray()).textValue();
    }

    @Example
    void everyClassOfCharacterIsEncodedAsUtf8() {
        String text = "a\"\\/\u0000\u001f\u007f" + "é\u07ff" + "€\uffff" + "😀" + "\ud800x\udc00";
        Utf8Output out = new Utf8Output(4);
        out.append(text);
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString()).isEqualTo("a\"\\/\u0000\u001f\u007fé\u07ff€\uffff😀?x?");
    }

    @Example
    void jsonStringsEscapeWhatJsonRequiresAndEncodeTheRest() throws Exception {
        String text = "q\"b\\n\nr\rt\tb\bf\fc\u0001\u001f" + "é€😀" + "\u2028\u2029" + "\ud800 \udfff end\ud83d";
        Utf8Output out = new Utf8Output(1);
        out.appendJsonString(text, Integer.MAX_VALUE);
        String json = out.toString();
        assertThat(json)
                .startsWith("\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\fc\\u0001\\u001fé€😀\\u2028\\u2029")
                .doesNotContain("\n", "\r", "\u2028");
        assertThat(parsedString(out)).isEqualTo(readBack(text));
        assertThat(readBack(text)).endsWith("\uFFFD \uFFFD end\uFFFD");
    }

    @Property
    void anyTextIsAValidJsonStringThatReadsBack(@ForAll String text) throws Exception {
        Utf8Output out = new Utf8Output(2);
        out.append('[').appendJsonString(text, Integer.MAX_VALUE).append(']');
        assertThat(JSON.readTree(out.toByteArray()).get(0).textValue()).isEqualTo(readBack(text));
    }

    @Property
    void anyRangeOfAStringIsEscapedAsTheSameRangeOfAnyOtherCharSequence(
            @ForAll String text, @ForAll int first, @ForAll int second) throws Exception {
        int start = text.isEmpty() ? 0 : Math.floorMod(first, text.length() + 1);
        int end = start + Math.floorMod(second, text.length() - start + 1);
        Utf8Output fromString = new Utf8Output(1).append('"').appendJsonEscaped(text, start, end);
        Utf8Output fromBuilder = new Utf8Output(1).append('"').appendJsonEscaped(new StringBuilder(text), start, end);
        assertThat(fromString.toString()).isEqualTo(fromBuilder.toString());
        assertThat(parsedString(fromString.append('"'))).isEqualTo(readBack(text.substring(start, end)));
    }

    @Example
    void plainRunsBetweenEscapesAndWideCharsAreCopiedWhole() throws Exception {
        String text = "plain \\u0000 run\u0001\u007f\u0080\u009fé then 😀 and \ud800 lone, DEL\u007f, end";
        for (int cut = 0; cut <= text.length(); cut++) {
            Utf8Output out = new Utf8Output(1).appendJsonString(text, cut);
            String expected = readBack(text.substring(0, JsonText.cutPoint(text, cut)));
            assertThat(parsedString(out)).startsWith(expected);
            assertThat(out.toString()).doesNotContain("\u007f", "\u0080", "\u009f", "\u0001");
        }
    }

    @Property
    void anyTextIsEncodedAsTheJdkEncodesIt(@ForAll String text) {
        Utf8Output out = new Utf8Output(1);
        out.append(text);
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void aCutStringNeverSplitsASurrogatePairAndSaysHowMuchWasLeftOut() throws Exception {
        Utf8Output out = new Utf8Output();
        out.appendJsonString("ab😀cd", 3);
        assertThat(parsedString(out)).isEqualTo("ab…[truncated 4 chars]");
    }

    @Example
    void aLongTextCutToTheLimitClaimsRoomOnlyForWhatIsKept() throws Exception {
        String huge = "x".repeat(Utf8Output.RETAINED * 4);
        Utf8Output out = new Utf8Output(16);
        out.appendJsonString(huge, 100);
        assertThat(parsedString(out)).isEqualTo("x".repeat(100) + "…[truncated " + (huge.length() - 100) + " chars]");
        assertThat(out.array().length).isLessThan(Utf8Output.RETAINED);
    }

    @Example
    void integersAreWrittenAsTheirDigits() {
        long[] values = {
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            -100,
            12345,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            999_999_999_999_999_999L,
            1_000_000_000_000_000_000L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1
        };
        for (long value : values) {
            assertThat(new Utf8Output(1).append(value).toString()).isEqualTo(Long.toString(value));
        }
        assertThat(new Utf8Output(1).append(Integer.MIN_VALUE).toString()).isEqualTo("-2147483648");
    }

    @Example
    void numbersAtEveryChangeOfDigitCountAreWrittenAsTheirDigits() {
        long power = 1;
        for (int digits = 1; digits <= 18; digits++) {
            power *= 10;
            for (long value : new long[] {power - 1, power, power + 1, -(power - 1), -power}) {
                assertThat(new Utf8Output(1).append(value).toString()).isEqualTo(Long.toString(value));
            }
        }
        for (long value : new long[] {Integer.MAX_VALUE + 1L, Integer.MAX_VALUE + 100L, 1L << 62}) {
            assertThat(new Utf8Output(1).append(value).toString()).isEqualTo(Long.toString(value));
        }
    }

    @Property
    void anyLongIsWrittenAsLongToStringWritesIt(@ForAll long value) {
        assertThat(new Utf8Output(1).append(value).toString()).isEqualTo(Long.toString(value));
    }

    @Example
    void doublesAndFloatsAreWrittenAsTheJdkWritesThem() {
        Utf8Output out = new Utf8Output(1);
        out.appendDouble(99.5).append(',').appendFloat(0.1f).append(',').appendDouble(1e-7);
        assertThat(out.toString()).isEqualTo("99.5,0.1,1.0E-7");
    }

    @Example
    void growsPastTheRetainedSizeAndShrinksWhenReset() throws Exception {
        String large = "é😀\"x".repeat(Utf8Output.RETAINED / 4);
        Utf8Output out = new Utf8Output(16);
        out.append("{\"v\":").appendJsonString(large, Integer.MAX_VALUE).append('}');
        assertThat(out.length()).isGreaterThan(Utf8Output.RETAINED);
        assertThat(JSON.readTree(out.toByteArray()).get("v").textValue()).isEqualTo(large);

        out.reset();
        assertThat(out.length()).isZero();
        assertThat(out.array()).hasSize(Utf8Output.INITIAL);
        out.append("after");
        assertThat(out.toString()).isEqualTo("after");
    }

    @Example
    void insertMovesTheBytesAfterAlong() {
        Utf8Output out = new Utf8Output(4).append("abcd");
        Utf8Output inserted = new Utf8Output(1).append("XYZ");
        out.insert(2, inserted);
        assertThat(out.toString()).isEqualTo("abXYZcd");
        out.discardFirst(3);
        assertThat(out.toString()).isEqualTo("YZcd");
    }
}
