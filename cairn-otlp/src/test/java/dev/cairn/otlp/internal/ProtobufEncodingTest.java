package dev.cairn.otlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written writer's lengths of every size, read back by the official classes. */
class ProtobufEncodingTest {

    @Test
    void messagesOfEveryLengthClass_decode() throws Exception {
        for (int length : new int[] {0, 1, 127, 128, 16_383, 16_384, 2_097_152}) {
            String body = "é".repeat(length / 2) + "x".repeat(length % 2);
            LogEntry entry = new LogEntry(
                    Long.MAX_VALUE,
                    -1L,
                    9,
                    "INFO",
                    new Value.Text(body),
                    List.of(new Attribute(
                            "nested", new Value.Array(List.of(new Value.Int(Long.MIN_VALUE), new Value.Text(body))))),
                    new byte[16],
                    new byte[8]);
            ScopeLogs decoded = ScopeLogs.parseFrom(new ProtobufEncoding().logRecord(entry));

            assertThat(decoded.getLogRecordsCount()).isEqualTo(1);
            var record = decoded.getLogRecords(0);
            assertThat(record.getBody().getStringValue()).isEqualTo(body);
            assertThat(record.getTimeUnixNano()).isEqualTo(Long.MAX_VALUE);
            assertThat(record.getObservedTimeUnixNano()).isEqualTo(-1L);
            assertThat(record.getAttributes(0)
                            .getValue()
                            .getArrayValue()
                            .getValues(0)
                            .getIntValue())
                    .isEqualTo(Long.MIN_VALUE);
            assertThat(record.getAttributes(0)
                            .getValue()
                            .getArrayValue()
                            .getValues(1)
                            .getStringValue())
                    .isEqualTo(body);
        }
    }
}
