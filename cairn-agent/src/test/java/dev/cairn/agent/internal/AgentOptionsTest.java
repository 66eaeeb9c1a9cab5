package dev.cairn.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final ErrorReport report = new ErrorReport(new PrintStream(stderr, true, StandardCharsets.UTF_8));

    private String reported() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArguments_meanNoRestriction() {
        assertThat(AgentOptions.parse(null, report).packages()).isEmpty();
        assertThat(AgentOptions.parse("  ", report).packages()).isEmpty();
        assertThat(reported()).isEmpty();
    }

    @Test
    void packages_areCommaSeparatedAndTrimmed() {
        assertThat(AgentOptions.parse("packages=com.acme, org.shop.api ,ünïcode", report)
                        .packages())
                .containsExactly("com.acme", "org.shop.api", "ünïcode");
        assertThat(reported()).isEmpty();
    }

    @Test
    void invalidPackageNames_areReportedAndSkipped() {
        assertThat(AgentOptions.parse("packages=com.acme,com..acme,1st,com.*", report)
                        .packages())
                .containsExactly("com.acme");
        assertThat(reported().lines())
                .containsExactly(
                        "cairn-agent: invalid package name \"com..acme\" in option packages; ignored",
                        "cairn-agent: invalid package name \"1st\" in option packages; ignored",
                        "cairn-agent: invalid package name \"com.*\" in option packages; ignored");
    }

    @Test
    void packagesWithNoValidName_fallBackToNoRestrictionAndSaySo() {
        assertThat(AgentOptions.parse("packages=", report).packages()).isEmpty();
        assertThat(reported().lines())
                .containsExactly(
                        "cairn-agent: invalid package name \"\" in option packages; ignored",
                        "cairn-agent: option packages names no valid package; every package is examined");
    }

    @Test
    void unknownOptions_areReportedWithControlCharactersEscaped() {
        assertThat(AgentOptions.parse("pakages=com.acme;packages=org.shop;x=\n{}", report)
                        .packages())
                .containsExactly("org.shop");
        assertThat(reported().lines())
                .containsExactly(
                        "cairn-agent: unknown option \"pakages=com.acme\" ignored; the only option is packages=<name>,<name>",
                        "cairn-agent: unknown option \"x=\\u000a{}\" ignored; the only option is packages=<name>,<name>");
    }

    @Test
    void longArguments_areCutInTheReport() {
        AgentOptions.parse("x=" + "\uD83D\uDE00".repeat(200), report);
        assertThat(reported())
                .isEqualTo("cairn-agent: unknown option \"x=" + "\uD83D\uDE00".repeat(98)
                        + "…\" ignored; the only option is packages=<name>,<name>" + System.lineSeparator());
    }

    @Test
    void reportLines_areCapped() {
        for (int i = 0; i < 50; i++) {
            report.line("problem " + i);
        }
        assertThat(reported().lines())
                .hasSize(ErrorReport.MAX_LINES)
                .last()
                .isEqualTo("cairn-agent: problem 19 (further problems are not reported)");
    }
}
