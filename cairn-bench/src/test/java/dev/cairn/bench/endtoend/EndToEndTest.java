package dev.cairn.bench.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndTest {

    @TempDir
    Path dir;

    @Test
    void everyLosslessSetUp_writesEachRecordOnce_fromAColdJvmThroughSlf4jOrCairnsOwnApi() throws Exception {
        String table = EndToEnd.run(Options.parse(
                "--records",
                "3000",
                "--threads",
                "2",
                "--runs",
                "1",
                "--dir",
                dir.toString(),
                "--setups",
                "cairn,cairn-api,logback-tuned,log4j2-async"));

        assertThat(table.lines()
                        .filter(line -> line.startsWith("| cairn ")
                                || line.startsWith("| cairn-api ")
                                || line.startsWith("| logback-tuned ")
                                || line.startsWith("| log4j2-async ")))
                .hasSize(4)
                .allSatisfy(row -> assertThat(row).contains("| all, once each |"));
    }

    @Test
    void theCheck_countsMissingDuplicatedAndInvalidRecords() throws IOException {
        Path file = dir.resolve("written.json");
        Files.write(
                file,
                List.of(
                        record(0),
                        record(1),
                        record(1),
                        "{\"message\":\"order 2 placed\",\"order_id\":3}",
                        "not json {",
                        record(4)));

        WrittenOrders written = WrittenOrders.read(file, 6);

        assertThat(written.valid()).isEqualTo(3);
        assertThat(written.duplicates()).isEqualTo(1);
        assertThat(written.invalid()).isEqualTo(2);
        assertThat(written.missing()).isEqualTo(3);
        assertThat(written.firstProblem()).startsWith("line 4: order_id 3 differs");
        assertThat(written.complete()).isFalse();
    }

    @Test
    void theCheck_acceptsAnOrderIdWrittenAsAString_asTheMdcCarriesIt() throws IOException {
        Path file = dir.resolve("written.json");
        Files.writeString(file, record(0).replace("\"order_id\":0", "\"order_id\":\"0\"") + "\n");

        assertThat(WrittenOrders.read(file, 1).complete()).isTrue();
    }

    @Test
    void badOptions_nameTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> Options.parse("--setups", "logback"))
                .hasMessage("--setups logback: expected one of cairn, cairn-api, logback-tuned, logback-default, "
                        + "log4j2-async");
        assertThatThrownBy(() -> Options.parse("--records", "-5"))
                .hasMessage("--records -5: expected a positive whole number");
        assertThatThrownBy(() -> Options.parse("--runs")).hasMessage("--runs needs a value");
    }

    private static String record(long id) {
        return "{\"message\":\"order " + id + " placed\",\"order_id\":" + id + ",\"amount\":99.5,\"user\":\"u"
                + (id & 255) + "\",\"request_id\":\"r-0\"}";
    }
}
