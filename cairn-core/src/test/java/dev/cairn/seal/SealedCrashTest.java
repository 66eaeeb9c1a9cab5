package dev.cairn.seal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Cairn;
import dev.cairn.KeyValue;
import dev.cairn.Logger;
import dev.cairn.internal.seal.Verdict;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedCrashTest {

    @TempDir
    Path dir;

    /** Logs numbered records to a sealed file and prints each number once its log call returned. */
    public static final class LogsUntilKilled {
        public static void main(String[] args) {
            Logger log = Cairn.logger("child");
            for (long i = 0; ; i++) {
                log.info("record {}", i, KeyValue.kv("seq", i));
                System.out.println(i);
            }
        }
    }

    @Test
    void killMinus9_leavesAFileThatVerifiesUpToItsLastWholeRecord() throws Exception {
        SealedLogs logs = new SealedLogs(dir);
        Process child = ChildJvm.main(LogsUntilKilled.class)
                .in(dir)
                .environment(Map.of(
                        "CAIRN_FILE", "logs/app.log",
                        "CAIRN_CONSOLE", "none",
                        "CAIRN_FILE_FSYNC", "always",
                        "CAIRN_FILE_ENCRYPTION_KEY_FILE", logs.writerKey.toString(),
                        "CAIRN_FILE_ENCRYPTION_CHECKPOINT_RECORDS", "700"))
                .jvmArguments("-Xmx256m")
                .start();
        long acknowledged = ChildJvm.killWhenAcknowledged(child, 2_000);

        List<String> records = new ArrayList<>();
        Verdict verdict = logs.verifyWithKey(logs.readerKey, records);
        assertThat(verdict.problems())
                .allSatisfy(problem -> assertThat(problem).contains("the file ends inside a line"))
                .hasSizeLessThanOrEqualTo(1);
        assertThat(records.size()).isGreaterThan((int) acknowledged);
        for (int i = 0; i < records.size(); i++) {
            assertThat(JsonLines.parse(records.get(i)).get("seq").asLong()).isEqualTo(i);
        }
        if (records.size() % 700 != 0) {
            assertThat(verdict.notes())
                    .anySatisfy(note ->
                            assertThat(note).startsWith((records.size() % 700) + " records after the last checkpoint"));
        }
        Verdict byPublicKey = logs.verifyWithPublicKey();
        assertThat(byPublicKey.records()).isEqualTo(verdict.records());
    }
}
