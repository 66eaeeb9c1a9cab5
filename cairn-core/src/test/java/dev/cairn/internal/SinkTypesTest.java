package dev.cairn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinkTypesTest {

    private static SinkProvider provider(String type, List<SinkOption<?>> options) {
        return new SinkProvider() {
            @Override
            public String type() {
                if (type.equals("throws")) {
                    throw new IllegalStateException("no type today");
                }
                return type;
            }

            @Override
            public List<SinkOption<?>> options() {
                return options;
            }

            @Override
            public Sink create(SinkContext context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void providersThatMisbehave_areLeftOutWithOneProblemLineEach() {
        SinkOption<String> url = SinkOption.text("url", "a URL", "http://localhost");
        SinkTypes types = new SinkTypes(List.of(
                provider("http", List.of(url)),
                provider("throws", List.of()),
                provider("Bad Name\u001b[2J", List.of()),
                provider("http", List.of())));

        assertThat(types.names()).containsExactly("http");
        assertThat(types.options("http")).containsExactly(url);
        assertThat(types.declaresOption("url")).isTrue();
        assertThat(types.declaresOption("path")).isFalse();
        assertThat(types.problems()).hasSize(3);
        assertThat(types.problems().get(0))
                .contains("failed to describe itself")
                .contains("no type today");
        assertThat(types.problems().get(1))
                .startsWith("sink type \"Bad Name\\u001b[2J\" of ")
                .endsWith("is not a valid type name (1 to 64 lower-case letters, digits or -); left out");
        assertThat(types.problems().get(2))
                .startsWith("sink type http is provided by both ")
                .endsWith("; using the first");
    }
}
