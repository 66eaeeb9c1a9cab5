package dev.cairn.syslog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any header text, field name and value (quotes, {@code ]}, {@code \}, CR/LF, ESC, non-ASCII) encodes to a message that
 * a strict RFC 5424 parser accepts and that gives back every value; any cut of it to a UDP size is still valid.
 */
class Rfc5424EncodingPropertyTest {

    private static final String BOM = "\uFEFF";

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> ascii = Arbitraries.strings()
                .withCharRange('\u0000', '\u007f')
                .withChars("\"\\]=[ \n\r\u001b")
                .ofMaxLength(80);
        Arbitrary<String> unicode = Arbitraries.strings()
                .withCharRange('\u0000', '\uD7FF')
                .withChars("\"\\]éö☃")
                .ofMaxLength(80);
        return Arbitraries.oneOf(ascii, unicode);
    }

    @Provide
    Arbitrary<List<Map.Entry<String, Object>>> fields() {
        return Arbitraries.entries(hostile(), hostile().map(v -> (Object) v))
                .list()
                .ofMaxSize(8);
    }

    private static Rfc5424Encoder encoder(String hostname, String appName) {
        return new Rfc5424Encoder(23, hostname, appName, "4711", "cairn@32473", key -> false, 100_000, null);
    }

    @Property(tries = 500)
    void anyText_encodesToAValidMessage_thatGivesBackEveryValue(
            @ForAll("hostile") String hostname,
            @ForAll("hostile") String appName,
            @ForAll("hostile") String msgid,
            @ForAll("hostile") String message,
            @ForAll("fields") List<Map.Entry<String, Object>> fields)
            throws Exception {
        List<Map.Entry<String, Object>> all = new ArrayList<>(fields);
        all.add(Map.entry(Rfc5424Encoder.MSGID_KEY, msgid));
        byte[] bytes = encoder(hostname, appName).encode(new TestRecord("shop", "main", message, all));

        Rfc5424Parser.Message parsed = Rfc5424Parser.parse(bytes);

        assertThat(parsed.pri()).isEqualTo(23 * 8 + 6);
        assertThat(parsed.timestamp()).isEqualTo("2026-11-30T00:53:20.123456Z");
        assertThat(parsed.hostname()).isEqualTo(HeaderField.of(hostname, 255));
        assertThat(parsed.appName()).isEqualTo(HeaderField.of(appName, 48));
        assertThat(parsed.msgId()).isEqualTo(HeaderField.of(msgid, 32));
        assertThat(parsed.sdId()).isEqualTo("cairn@32473");
        List<Map.Entry<String, String>> expected = new ArrayList<>(
                List.of(Map.entry("logger", "shop"), Map.entry("level", "INFO"), Map.entry("thread", "main")));
        for (Map.Entry<String, Object> field : fields) {
            if (!field.getKey().equals(Rfc5424Encoder.MSGID_KEY)) {
                expected.add(Map.entry(HeaderField.sdName(field.getKey()), (String) field.getValue()));
            }
        }
        assertThat(parsed.params()).containsExactlyElementsOf(expected);
        assertThat(new String(parsed.msg(), StandardCharsets.UTF_8)).isEqualTo(BOM + message);
    }

    @Property(tries = 500)
    void headerFieldsAndSdNames_arePrintableAsciiWithinTheirLength(
            @ForAll("hostile") String text, @ForAll @IntRange(min = 1, max = 255) int length) {
        assertThat(HeaderField.of(text, length)).matches("[!-~]{1," + length + "}");
        assertThat(HeaderField.sdName(text)).matches("[!-~&&[^=\\]\" ]]{1,32}");
    }

    @Property(tries = 500)
    void aCutMessage_isStillValid_withinTheLimit_andKeepsWholeParametersBeforeTheCut(
            @ForAll("hostile") String message,
            @ForAll("fields") @Size(min = 1) List<Map.Entry<String, Object>> fields,
            @ForAll @IntRange(min = 480, max = 2048) int limit)
            throws Exception {
        List<Map.Entry<String, Object>> big = new ArrayList<>(fields);
        big.add(Map.entry("big", "ü\"]\\".repeat(300)));
        byte[] bytes = encoder("host", "app").encode(new TestRecord("shop", "main", message, big));

        byte[] cut = MessageCut.cut(bytes, limit);

        assertThat(cut.length).isLessThanOrEqualTo(limit);
        Rfc5424Parser.Message whole = Rfc5424Parser.parse(bytes);
        Rfc5424Parser.Message parsed = Rfc5424Parser.parse(cut);
        List<Map.Entry<String, String>> params = parsed.params();
        assertThat(params).isNotEmpty();
        for (int i = 0; i < params.size() - 1; i++) {
            assertThat(params.get(i)).isEqualTo(whole.params().get(i));
        }
        Map.Entry<String, String> last = params.get(params.size() - 1);
        assertThat(last.getKey())
                .isEqualTo(whole.params().get(params.size() - 1).getKey());
        assertThat(whole.params().get(params.size() - 1).getValue()).startsWith(last.getValue());
    }
}
