package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.context.LogContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextOutputTest {

    @Test
    void line_hasTimestampLevelLoggerMessageAndFields() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            try (var scope = LogContext.with("request_id", "r-1").open()) {
                logs.logger("shop.checkout")
                        .info(
                                "Processing order {}",
                                1001,
                                kv("amount", 99.99),
                                kv("note", "two words"),
                                kv("items", List.of(1, 2)));
            }
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .matches(
                            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  shop\\.checkout - Processing order 1001"
                                    + " request_id=r-1 amount=99.99 note=\"two words\" items=\\[1,2]");
        }
    }

    @Test
    void forgedLinesAndEscapeSequences_areEscaped() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a\nb")
                    .warn(
                            "user said: {}",
                            "hi\r\n2026-01-01T00:00:00.000Z ERROR root - forged\u001b[2J\u009b31m",
                            kv("k\u001b]0;title\u0007", "v\u202Egnp.exe"),
                            kv("quote", "say \"hi\""));
            List<String> lines = logs.lines();
            assertThat(lines).hasSize(1);
            String line = lines.get(0);
            assertThat(line)
                    .doesNotContain("\u001b")
                    .doesNotContain("\u009b")
                    .doesNotContain("\r")
                    .doesNotContain("\u202E")
                    .doesNotContain("\u0007");
            assertThat(line)
                    .contains("a\\nb - user said: hi\\r\\n2026-01-01T00:00:00.000Z ERROR root - forged"
                            + "\\u001b[2J\\u009b31m");
            assertThat(line).contains("\"k\\u001b]0;title\\u0007\"=\"v\\u202egnp.exe\"");
            assertThat(line).contains("quote=\"say \\\"hi\\\"\"");
        }
    }

    @Test
    void nonFiniteNumbersAndLoneSurrogates_readAsInTheJson() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a")
                    .info(
                            "lone \uD800 here",
                            kv("nan", Double.NaN),
                            kv("low", Float.NEGATIVE_INFINITY),
                            kv("text", "x\uDC00y"),
                            kv("in_list", List.of("\uD83D")));
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .endsWith("a - lone \uFFFD here nan=NaN low=-Infinity text=x\uFFFDy in_list=[\"\uFFFD\"]");
        }
    }

    @Test
    void lineAndParagraphSeparators_areEscaped() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a").info("one\u2028two\u2029three", kv("k\u2028", "v\u2029"));
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .doesNotContain("\u2028")
                    .doesNotContain("\u2029")
                    .endsWith("a - one\\u2028two\\u2029three \"k\\u2028\"=\"v\\u2029\"");
        }
    }

    @Test
    void valuesTheJsonLayoutWritesAsStrings_areTokensEscapedByTheSameRule() {
        Object controls = new Object() {
            @Override
            public String toString() {
                return "a\bb\fc\u202e";
            }
        };
        Object spaced = new Object() {
            @Override
            public String toString() {
                return "two words";
            }
        };
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a")
                    .info(
                            "m",
                            kv("day", java.time.DayOfWeek.MONDAY),
                            kv("controls", controls),
                            kv("spaced", spaced),
                            kv("cart", Map.of("k", "x\u202ey\b")));
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .endsWith("a - m day=MONDAY controls=\"a\\u0008b\\u000cc\\u202e\" spaced=\"two words\""
                            + " cart={\"k\":\"x\\u202ey\\b\"}");
        }
    }

    @Test
    void recordLength_isCountedInUtf8Bytes() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never").set("cairn.max-record-length", "1024"))) {
            Logger log = logs.logger("a");
            log.info("ascii", kv("note", "e".repeat(400)));
            log.info("euro", kv("note", "€".repeat(400)));
            List<String> lines = logs.lines();
            assertThat(lines.get(0)).contains("note=" + "e".repeat(400)).doesNotContain("truncated");
            assertThat(lines.get(1))
                    .endsWith(" - euro truncated=\"the record was longer than cairn.max-record-length (1024 bytes):"
                            + " fields and error left out\"")
                    .doesNotContain("note");
        }
    }

    @Test
    void keysAreQuotedByTheSameRuleAsValues() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a").info("m", kv("q x=1 user", "admin"), kv("", 1), kv("say\"", "a=b"), kv("plain", "v"));
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .endsWith("a - m \"q x=1 user\"=admin \"\"=1 \"say\\\"\"=\"a=b\" plain=v");
        }
    }

    @Test
    void literalBackslashN_differsFromAnEscapedNewline() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a").info("lit\\n|nl\n", kv("lit", "a\\nb"), kv("nl", "a\nb"), kv("path", "C:\\x"));
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .endsWith("a - lit\\\\n|nl\\n lit=\"a\\\\nb\" nl=\"a\\nb\" path=\"C:\\\\x\"");
        }
    }

    @Test
    void keyCollidingWithAReservedKeyOrAnEarlierField_isRenamedAsInJson() {
        java.util.function.Consumer<Logger> logCall = log -> {
            try (var scope = LogContext.with("user", "ctx").open()) {
                log.error(
                        "m",
                        kv("message", "x"),
                        kv("user", "kv"),
                        kv("_user", "kv2"),
                        kv("error", "e"),
                        kv("method", "GET"),
                        new IllegalStateException("boom"));
            }
        };
        List<String> jsonKeys = new java.util.ArrayList<>();
        try (TestLogs logs = TestLogs.json()) {
            logCall.accept(logs.logger("a"));
            logs.single().fieldNames().forEachRemaining(jsonKeys::add);
        }
        assertThat(jsonKeys).containsSubsequence("user", "_message", "_user", "__user", "_error", "method", "error");
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logCall.accept(logs.logger("a"));
            assertThat(logs.lines().get(0))
                    .endsWith("a - m user=ctx _message=x _user=kv __user=kv2 _error=e method=GET");
        }
    }

    @Test
    void stackTrace_followsOnIndentedLinesThatCannotPassForRecords() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a")
                    .error(
                            "failed",
                            new IllegalStateException("bad\nERROR forged line", new java.io.IOException("disk")));
            List<String> lines = logs.lines();
            assertThat(lines.get(0)).endsWith("ERROR a - failed");
            assertThat(lines.get(1)).isEqualTo("  java.lang.IllegalStateException: bad\\nERROR forged line");
            assertThat(lines.get(2)).startsWith("      at ").contains("dev.cairn.TextOutputTest.");
            assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("  Caused by: java.io.IOException: disk"));
            assertThat(lines.subList(1, lines.size()))
                    .allSatisfy(line -> assertThat(line).startsWith("  "));
        }
    }

    @Test
    void toStringReturningNull_isWrittenAsNull() {
        Object nullText = new Object() {
            @Override
            public String toString() {
                return null;
            }
        };
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "never"))) {
            logs.logger("a").info("arg {}", nullText, kv("v", nullText), kv("list", List.of(nullText)));
            assertThat(logs.lines()).singleElement().asString().endsWith("a - arg null v=null list=[\"null\"]");
            assertThat(logs.diagnosticLines()).isEmpty();
        }
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("arg {}", nullText, kv("v", nullText));
            assertThat(logs.single().get("v").asText()).isEqualTo("null");
        }
    }

    @Test
    void colors_markTheLevelOnlyWhenOn() {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.color", "always"))) {
            Logger log = logs.logger("a");
            log.debug("d");
            log.info("i");
            log.warn("w");
            log.error("e");
            log.fatal("f");
            assertThat(logs.lines())
                    .extracting(line -> line.substring(25, line.indexOf(' ', 25)))
                    .containsExactly(
                            "\u001b[36mDEBUG\u001b[0m",
                            "\u001b[32mINFO\u001b[0m",
                            "\u001b[33mWARN\u001b[0m",
                            "\u001b[31mERROR\u001b[0m",
                            "\u001b[97;41mFATAL\u001b[0m");
        }
        try (TestLogs logs = TestLogs.text(c -> {})) {
            logs.logger("a").info("not a terminal, so no color");
            assertThat(logs.output()).doesNotContain("\u001b");
        }
    }

    @Test
    void noColor_turnsAutoColorOffButAnExplicitSettingWins() {
        Map<String, String> env = Map.of("NO_COLOR", "1");
        try (TestLogs logs = TestLogs.withSources(
                env,
                new java.util.Properties(),
                java.nio.file.Path.of("."),
                c -> c.format(Format.TEXT).set("cairn.color", "always"))) {
            logs.logger("a").info("forced");
            assertThat(logs.output()).contains("\u001b[32m");
        }
    }

    @Test
    void autoFormat_writesJsonWhenNotOnATerminal() {
        try (TestLogs logs =
                TestLogs.withSources(Map.of(), new java.util.Properties(), java.nio.file.Path.of("."), c -> {})) {
            logs.logger("a").info("machine readable");
            assertThat(logs.single().get("message").asText()).isEqualTo("machine readable");
        }
    }
}
