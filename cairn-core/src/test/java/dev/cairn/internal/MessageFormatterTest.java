package dev.cairn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.internal.layout.MessageTemplates;
import dev.cairn.internal.layout.Utf8Output;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A message written straight from its template into JSON is byte for byte the JSON of the text it formats to. */
class MessageFormatterTest {

    @Example
    void placeholdersEscapedBracesAndMissingArguments() {
        Object[] args = {7L, "x\"y", true, (short) -3};

        assertThat(MessageFormatter.format("a {} b \\{} c {} {} {} {} end", args, 4))
                .isEqualTo("a 7 b {} c x\"y true -3 {} end");
        assertThat(direct("a {} b \\{} c {} {} {} {} end", args, 4, 1000))
                .isEqualTo("\"a 7 b {} c x\\\"y true -3 {} end\"");
    }

    @Example
    void anArgumentWhoseTextNeedsToString_orTooLongAMessage_isLeftToTheText() {
        assertThat(direct("order {}", new Object[] {new StringBuilder("sb")}, 1, 1000))
                .isNull();
        assertThat(direct("order {}", new Object[] {null}, 1, 1000)).isNull();
        assertThat(direct("order {}", new Object[] {1.5}, 1, 1000)).isNull();
        assertThat(direct("order {} of many", new Object[] {"12345"}, 1, 12)).isNull();
        assertThat(direct("no arguments", new Object[0], 0, 1000)).isNull();
    }

    @Example
    void aStringThatCouldJoinASurrogatePairWithTheTemplate_isLeftToTheText() {
        assertThat(direct("\uD83D{}", new Object[] {"\uDE00"}, 1, 1000)).isNull();
        assertThat(MessageFormatter.format("\uD83D{}", new Object[] {"\uDE00"}, 1))
                .isEqualTo("😀");
    }

    @Example
    void templatesTooLongOrWithTooManyPlaceholdersOrEscapesToKeep_areWalkedEveryTime() {
        Object[] args = {1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L};
        String many = "{} {} {} {} {} {} {} {} {} {}";
        String longer = "é\"".repeat(70) + " {} end";

        assertThat(direct(many, args, args.length, 1000)).isEqualTo("\"1 2 3 4 5 6 7 8 9 {}\"");
        assertThat(direct(longer, args, 1, 1000)).isEqualTo("\"" + "é\\\"".repeat(70) + " 1 end\"");
        assertThat(direct("\u0001".repeat(60) + " {}", args, 1, 1000)).isEqualTo("\"" + "\\u0001".repeat(60) + " 1\"");
    }

    @Example
    void manyTemplatesEvictEachOtherWithoutMixingUpTheirPieces() {
        MessageTemplates templates = new MessageTemplates();
        Object[] args = {42L, "x"};
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 200; i++) {
                String template = "t" + i + " {} and {} \\{} {}";
                Utf8Output out = new Utf8Output();
                assertThat(MessageFormatter.appendJsonString(template, args, 2, out, 1000, templates))
                        .isTrue();
                assertThat(out.toString()).isEqualTo("\"t" + i + " 42 and x {} {}\"");
            }
        }
    }

    @Property(tries = 2000)
    void directJsonEqualsTheJsonOfTheFormattedText(
            @ForAll("templates") String template,
            @ForAll("arguments") Object[] args,
            @ForAll @IntRange(min = 0, max = 200) int maxLength) {
        String written = direct(template, args, args.length, maxLength);
        String text = MessageFormatter.format(template, args, args.length);
        if (written == null) {
            return;
        }
        assertThat(text.length()).isLessThanOrEqualTo(maxLength);
        Utf8Output expected = new Utf8Output();
        expected.appendJsonString(text, maxLength);
        assertThat(written).isEqualTo(expected.toString());
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("{}", "\\{}", "{", "}", "\\", "\"", "\n", "\u0085", "😀", "\uD83D", "\uDE00", "é"),
                Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Object[]> arguments() {
        Arbitrary<Object> argument = Arbitraries.oneOf(
                Arbitraries.longs().map(v -> (Object) v),
                Arbitraries.integers().map(v -> (Object) v),
                Arbitraries.of(true, false).map(v -> (Object) v),
                Arbitraries.strings().ofMaxLength(8).map(v -> (Object) v),
                Combinators.combine(Arbitraries.strings().ofMaxLength(3), Arbitraries.of("\uD83D", "\uDE00"))
                        .as((a, b) -> (Object) (a + b)));
        return argument.list().ofMaxSize(4).map(list -> list.toArray());
    }

    /**
     * What the direct path writes, or null when it declines; written twice, the template's pieces kept by the first
     * write (when they fit) and read by the second, the same bytes both times.
     */
    private static String direct(String template, Object[] args, int count, int maxLength) {
        MessageTemplates templates = new MessageTemplates();
        Utf8Output out = new Utf8Output();
        if (!MessageFormatter.appendJsonString(template, args, count, out, maxLength, templates)) {
            assertThat(out.length()).as("nothing written when declining").isZero();
            return null;
        }
        String first = new String(out.toByteArray(), StandardCharsets.UTF_8);
        out.setLength(0);
        assertThat(MessageFormatter.appendJsonString(new String(template), args, count, out, maxLength, templates))
                .isTrue();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(first);
        return first;
    }
}
