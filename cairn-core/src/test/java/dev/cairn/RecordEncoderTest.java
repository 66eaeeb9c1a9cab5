package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public encoder, and render, against what the sinks write. */
class RecordEncoderTest {

    @TempDir
    Path dir;

    private LogSystem.Builder builder() {
        return TestLogs.isolated(dir, OutputStream.nullOutputStream());
    }

    @Test
    void encoder_writesExactlyTheBytesOfTheFileSinks() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (LogSystem system = builder()
                .configure(c -> c.set("cairn.console", "none")
                        .file(Path.of("app.json"))
                        .set("cairn.sink.t.path", "app.txt")
                        .set("cairn.sink.t.format", "text")
                        .service("shop")
                        .set("cairn.json.rename.message", "msg")
                        .set("cairn.redact.add", "pin"))
                .build()) {
            RecordEncoder jsonEncoder = system.encoder(Format.JSON);
            RecordEncoder textEncoder = system.encoder(Format.TEXT);
            system.attach(new Sink() {
                @Override
                public void write(LogRecord record) throws IOException {
                    jsonEncoder.encode(record, json);
                    textEncoder.encode(record, text);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            });
            Logger log = system.logger("shop.cart");
            log.info("added {} items", 3, kv("pin", "1234"), kv("items", List.of("a", "b\u001b[2J")));
            log.warn("über \"quoted\"\nnext line", kv("price", 12.5), new IllegalStateException("boom"));
            system.flush();
        }
        assertThat(json.toByteArray()).isEqualTo(Files.readAllBytes(dir.resolve("app.json")));
        assertThat(text.toByteArray()).isEqualTo(Files.readAllBytes(dir.resolve("app.txt")));
        assertThat(json.toString()).contains("\"msg\":\"added 3 items\"").doesNotContain("1234");
    }

    @Test
    void encoderAndRender_followTheConfigurationInForce() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        try (LogSystem system =
                builder().configure(c -> c.set("cairn.console", "none")).build()) {
            system.attach(new Sink() {
                @Override
                public void write(LogRecord record) {
                    records.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            });
            system.logger("shop").info("hello");
            LogRecord record = records.get(0);
            assertThat(system.render(record, Format.JSON))
                    .contains("\"message\":\"hello\"")
                    .doesNotEndWith("\n");

            system.reconfigure(c -> c.set("cairn.console", "none").set("cairn.json.rename.message", "msg"));
            assertThat(system.render(record, Format.JSON)).contains("\"msg\":\"hello\"");
            assertThat(system.encoder(Format.TEXT).format()).isEqualTo(Format.TEXT);
            assertThatThrownBy(() -> system.encoder(Format.AUTO)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
