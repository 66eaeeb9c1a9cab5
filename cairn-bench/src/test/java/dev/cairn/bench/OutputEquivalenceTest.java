package dev.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.bench.subject.Format;
import dev.cairn.bench.subject.LoggingSubject;
import dev.cairn.bench.subject.Variant;
import dev.cairn.bench.subject.Workload;
import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every variant, run once per format through the calls the benchmarks make, writes what synchronous Cairn writes,
 * record for record. Compared: every key and value of each parsed JSON record (thread name and process id included,
 * since the test logs from one thread of one process), ignoring key order and the timestamp's value, which must have
 * the same form (UTC, microseconds), and the line break that ends Logback's and Log4j2's stack trace text (the JDK's
 * {@code printStackTrace} layout in all three); text lines must be equal after their millisecond timestamp.
 */
class OutputEquivalenceTest {

    private static final Pattern JSON_TIMESTAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    private static final Pattern TEXT_TIMESTAMP =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ");
    /** Made once, as in the benchmark, so every variant writes the same stack. */
    private static final Throwable ERROR = Workload.exception();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Variant.class)
    void jsonRecordsMatchCairns(Variant variant) throws IOException {
        List<JsonNode> expected = jsonRecords(Variant.CAIRN, Format.JSON);
        assertThat(expected).hasSize(2);
        assertThat(jsonRecords(variant, Format.JSON)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void recordsWithAnExceptionMatchCairns(Variant variant) throws IOException {
        List<JsonNode> expected = jsonRecords(Variant.CAIRN, Format.JSON_WITH_ERROR);
        assertThat(expected).hasSize(2);
        assertThat(expected.get(1).at("/error/stack").asText())
                .startsWith("java.lang.IllegalStateException: " + Workload.ERROR_MESSAGE + "\n\tat "
                        + Workload.class.getName());
        assertThat(jsonRecords(variant, Format.JSON_WITH_ERROR)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void textLinesMatchCairns(Variant variant) throws IOException {
        List<String> expected = textLines(Variant.CAIRN);
        assertThat(expected).hasSize(2);
        assertThat(textLines(variant)).containsExactlyElementsOf(expected);
    }

    private List<JsonNode> jsonRecords(Variant variant, Format format) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : write(variant, format)) {
            ObjectNode record = (ObjectNode) JsonLines.parse(line);
            assertThat(record.path("timestamp").asText()).as(line).matches(JSON_TIMESTAMP);
            record.remove("timestamp");
            if (record.path("error").isObject()) {
                ObjectNode error = (ObjectNode) record.get("error");
                error.put("stack", error.path("stack").asText().stripTrailing());
            }
            records.add(record);
        }
        return records;
    }

    private List<String> textLines(Variant variant) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : write(variant, Format.TEXT)) {
            assertThat(line).containsPattern(TEXT_TIMESTAMP);
            lines.add(TEXT_TIMESTAMP.matcher(line).replaceFirst(""));
        }
        return lines;
    }

    /** The calls the benchmarks make, in the context they make them in. */
    private List<String> write(Variant variant, Format format) throws IOException {
        Path file = Files.createTempFile(dir, variant + "-" + format, ".log");
        Files.delete(file);
        try (LoggingSubject subject = variant.open(file, format);
                LoggingSubject.ContextScope context = subject.enterContext()) {
            subject.disabled("not written");
            if (format == Format.JSON_WITH_ERROR) {
                subject.recordWithError(1, ERROR);
                subject.recordWithError(Long.MAX_VALUE, ERROR);
            } else {
                subject.record(1);
                subject.record(Long.MAX_VALUE);
            }
        }
        return Files.readAllLines(file);
    }
}
