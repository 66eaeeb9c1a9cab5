package dev.cairn.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.json.JsonNumber;
import dev.cairn.cli.record.ErrorInfo;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static String kv(Object value) {
        StringBuilder sb = new StringBuilder();
        TextRenderer.appendKeyValue(sb, "k", value);
        return sb.toString();
    }

    @Test
    void valuesAreQuotedOnlyWhenAmbiguous() {
        assertThat(kv("plain")).isEqualTo("k=plain");
        assertThat(kv(new JsonNumber("12.50"))).isEqualTo("k=12.50");
        assertThat(kv(true)).isEqualTo("k=true");
        assertThat(kv(null)).isEqualTo("k=null");
        assertThat(kv("")).isEqualTo("k=\"\"");
        assertThat(kv("two words")).isEqualTo("k=\"two words\"");
        assertThat(kv("a=b")).isEqualTo("k=\"a=b\"");
        assertThat(kv("say \"hi\" \\o/")).isEqualTo("k=\"say \\\"hi\\\" \\\\o/\"");
        assertThat(kv("line\nbreak")).isEqualTo("k=\"line\\nbreak\"");
        assertThat(kv(Map.of("a", List.of(1, "x y")))).isEqualTo("k={\"a\":[1,\"x y\"]}");
    }

    @Test
    void keysAndValuesFollowOneRule_backslashesAndSeparatorsEscaped() {
        StringBuilder sb = new StringBuilder();
        TextRenderer.appendKeyValue(sb, "q x=1 user", "admin");
        assertThat(sb.toString()).isEqualTo("\"q x=1 user\"=admin");
        sb.setLength(0);
        TextRenderer.appendKeyValue(sb, "", "a\\nb");
        assertThat(sb.toString()).isEqualTo("\"\"=\"a\\\\nb\"");
        assertThat(kv("a\nb")).isEqualTo("k=\"a\\nb\"");
        assertThat(kv("x\u2028y\u2029")).isEqualTo("k=\"x\\u2028y\\u2029\"");
        assertThat(TextEscaper.escape("C:\\x \u2028")).isEqualTo("C:\\\\x \\u2028");
    }

    @Test
    void containersAreWrittenAsTheCoreWritesJson() {
        assertThat(kv(List.of("<&>", "\b\f\u0001", "\u2028", "\u007f\u202e")))
                .isEqualTo("k=[\"<&>\",\"\\b\\f\\u0001\",\"\\u2028\",\"\\u007f\\u202e\"]");
    }

    @Test
    void escaperCoversC0DelC1AndBidiControls() {
        assertThat(TextEscaper.escape(
                        "a\rb\nc\td\u0000e\u001bf\u007fg\u0085h\u009fi\u202aj\u202ek\u2066l\u2069m\u200bn"))
                .isEqualTo(
                        "a\\rb\\nc\\td\\u0000e\\u001bf\\u007fg\\u0085h\\u009fi\\u202aj\\u202ek\\u2066l\\u2069m\u200bn");
        assertThat(TextEscaper.escape("ok \uD83D\uDE00 lone \uD83D end")).isEqualTo("ok \uD83D\uDE00 lone \\ufffd end");
    }

    @Test
    void fatalUsesWhiteOnRedAndStackLinesAreIndented() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("process", new JsonNumber("1"));
        fields.put("service", "pay");
        fields.put("order", "o-1");
        fields.put("class", "shop.Pay");
        fields.put("method", "charge");
        fields.put("line", new JsonNumber("10"));
        LogRecord r = new LogRecord(
                Timestamps.parseMicros("2026-11-21T10:15:30.123456Z"),
                Level.FATAL,
                "a.B",
                "down",
                "main",
                fields,
                new ErrorInfo("x.Y", "bad", null, new ErrorInfo("z.W", "root", null, null)));

        assertThat(new TextRenderer(true).render(r))
                .isEqualTo(
                        "2026-11-21T10:15:30.123Z \u001b[97;41mFATAL\u001b[0m a.B - down order=o-1 at=shop.Pay.charge:10\n  x.Y: bad\n  Caused by: z.W: root\n");
    }

    @Test
    void callersFieldsNamedLikeTheCoresOwn_areShownUnderTheKeysOfTheJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("process", new JsonNumber("1"));
        fields.put("service", "shop");
        fields.put("class", "shop.Api");
        fields.put("method", "handle");
        fields.put("line", new JsonNumber("7"));
        fields.put("_method", "GET");
        fields.put("_message", "m");
        fields.put("_other", "kept");
        fields.put("host", "h");
        LogRecord withLocation = new LogRecord(
                Timestamps.parseMicros("2026-11-21T10:15:30Z"), Level.INFO, "a", "req", "main", fields, null);
        assertThat(new TextRenderer(false).render(withLocation))
                .isEqualTo(
                        "2026-11-21T10:15:30.000Z INFO  a - req _method=GET _message=m _other=kept host=h at=shop.Api.handle:7\n");

        Map<String, Object> noLocation = new LinkedHashMap<>();
        noLocation.put("process", new JsonNumber("1"));
        noLocation.put("request_id", "r-1");
        noLocation.put("method", "GET");
        noLocation.put("class", "c");
        noLocation.put("service", "s");
        LogRecord plain = new LogRecord(
                Timestamps.parseMicros("2026-11-21T10:15:30Z"), Level.INFO, "a", "req", "main", noLocation, null);
        assertThat(new TextRenderer(false).render(plain))
                .isEqualTo("2026-11-21T10:15:30.000Z INFO  a - req request_id=r-1 method=GET class=c service=s\n");
    }
}
