package dev.cairn.cli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

    private static Object parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return JsonParser.parse(b, 0, b.length);
    }

    @Test
    void parsesNestedValuesKeepingKeyOrderAndNumberText() {
        Object v = parse("{\"b\":1.50,\"a\":[true,null,\"\\u00e9\\n\"],\"c\":{}}");

        assertThat(v).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("b", "a", "c");
        assertThat(m.get("b")).isEqualTo(new JsonNumber("1.50"));
        assertThat((List<?>) m.get("a")).isEqualTo(Arrays.asList(true, null, "é\n"));
        assertThat(JsonWriter.toJson(v)).isEqualTo("{\"b\":1.50,\"a\":[true,null,\"é\\n\"],\"c\":{}}");
    }

    @Test
    void rejectsMalformedInputAndHostileNesting() {
        assertThatThrownBy(() -> parse("{\"a\":1,}")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> parse("[1 2]")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> parse("{\"a\":01x}")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> parse("[".repeat(10_000) + "]".repeat(10_000)))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void writerEscapesForEmbeddingInHtml() {
        assertThat(JsonWriter.toJson("</script>\u2028")).isEqualTo("\"\\u003c/script\\u003e\\u2028\"");
    }
}
