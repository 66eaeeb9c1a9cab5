package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the file when the process dies or exits, measured in real child JVMs. */
class CrashAndExitTest {

    @TempDir
    Path dir;

    /** Logs forever with fsync=always, printing the number of each record whose log call has returned. */
    public static final class LogsUntilKilled {
        public static void main(String[] args) {
            Logger log = Cairn.logger("child");
            for (long i = 0; ; i++) {
                log.info("record {}", i, KeyValue.kv("seq", i));
                System.out.println(i);
            }
        }
    }

    /** Logs 20,000 records from 4 threads and returns from main without calling shutdown. */
    public static final class ExitsNormally {
        public static void main(String[] args) throws InterruptedException {
            Logger log = Cairn.logger("child");
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        log.info("record", KeyValue.kv("t", thread), KeyValue.kv("seq", i));
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /**
     * Four threads log without pause; a fifth calls System.exit after a while. Just before exiting it prints, per
     * thread, the last record whose log call had returned.
     */
    public static final class ExitsFromAWorker {
        public static void main(String[] args) throws InterruptedException {
            Logger log = Cairn.logger("child");
            AtomicLongArray acknowledged = new AtomicLongArray(4);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                acknowledged.set(t, -1);
                Thread worker = new Thread(() -> {
                    for (long i = 0; ; i++) {
                        log.info("record", KeyValue.kv("t", thread), KeyValue.kv("seq", i));
                        acknowledged.set(thread, i);
                    }
                });
                worker.setDaemon(true);
                worker.start();
            }
            new Thread(() -> {
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        StringBuilder line = new StringBuilder();
                        for (int t = 0; t < 4; t++) {
                            line.append(acknowledged.get(t)).append(' ');
                        }
                        System.out.println(line.toString().trim());
                        System.out.flush();
                        System.exit(0);
                    })
                    .start();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static Map<String, String> fileOnly(String file) {
        Map<String, String> env = new HashMap<>();
        env.put("CAIRN_FILE", file);
        env.put("CAIRN_CONSOLE", "none");
        env.put("CAIRN_FILE_MAX_BYTES", "0");
        return env;
    }

    @Test
    void killMinus9_leavesValidLinesAndEveryAcknowledgedRecordWithFsyncAlways() throws Exception {
        Map<String, String> env = fileOnly("app.log");
        env.put("CAIRN_FILE_FSYNC", "always");
        Process child = ChildJvm.main(LogsUntilKilled.class)
                .in(dir)
                .environment(env)
                .jvmArguments("-Xmx256m")
                .start();
        long acknowledged = ChildJvm.killWhenAcknowledged(child, 2_000);
        assertThat(acknowledged).isGreaterThanOrEqualTo(2_000);

        List<String> lines = Files.readAllLines(dir.resolve("app.log"));
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                seqs.add(JsonLines.parse(lines.get(i)).get("seq").asLong());
            } catch (RuntimeException e) {
                assertThat(i)
                        .as("only the last line may be cut: %s", lines.get(i))
                        .isEqualTo(lines.size() - 1);
            }
        }
        assertThat(seqs.size()).isGreaterThan((int) acknowledged);
        for (int i = 0; i <= acknowledged; i++) {
            assertThat(seqs.get(i)).isEqualTo(i);
        }
    }

    @Test
    void normalExitWithoutShutdown_losesNothing() throws Exception {
        Process child = ChildJvm.main(ExitsNormally.class)
                .in(dir)
                .environment(fileOnly("app.log"))
                .jvmArguments("-Xmx256m")
                .start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(err).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("app.log"));
        assertThat(lines).hasSize(20_000);
        long[] next = new long[4];
        for (String line : lines) {
            JsonNode record = JsonLines.parse(line);
            int thread = record.get("t").asInt();
            assertThat(record.get("seq").asLong()).isEqualTo(next[thread]++);
        }
    }

    @Test
    void systemExitFromAWorker_keepsEveryAcknowledgedRecord() throws Exception {
        Process child = ChildJvm.main(ExitsFromAWorker.class)
                .in(dir)
                .environment(fileOnly("app.log"))
                .jvmArguments("-Xmx256m")
                .start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEmpty();
        String[] acknowledged = out.split(" ");
        assertThat(acknowledged).hasSize(4);

        long[] next = new long[4];
        List<String> lines = Files.readAllLines(dir.resolve("app.log"));
        for (String line : lines) {
            JsonNode record = JsonLines.parse(line);
            int thread = record.get("t").asInt();
            assertThat(record.get("seq").asLong())
                    .as("thread %d in order", thread)
                    .isEqualTo(next[thread]++);
        }
        for (int t = 0; t < 4; t++) {
            assertThat(next[t] - 1)
                    .as("thread %d: last written vs last acknowledged", t)
                    .isGreaterThanOrEqualTo(Long.parseLong(acknowledged[t]));
        }
    }

    static List<String> readLines(Path file) throws IOException {
        return Files.readAllLines(file);
    }
}
