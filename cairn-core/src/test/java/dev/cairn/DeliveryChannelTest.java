package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.contract.TestSinkContext;
import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery engine through its public API, with transports whose answers the test decides. */
class DeliveryChannelTest {

    @TempDir
    Path dir;

    /** A transport answering each batch as {@code answer} says, keeping what it accepted. */
    static final class ScriptedTransport implements Transport {
        volatile Function<List<byte[]>, SendResult> answer = items -> SendResult.delivered();
        volatile boolean down;
        final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

        @Override
        public SendResult send(List<byte[]> items) throws IOException {
            if (down) {
                throw new ConnectException("down");
            }
            SendResult result = answer.apply(items);
            if (result instanceof SendResult.Delivered) {
                items.forEach(item -> accepted.add(new String(item, StandardCharsets.UTF_8)));
            }
            return result;
        }
    }

    private TestSinkContext context(LogSystem system, Map<String, String> options) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "batch.max-delay", "10ms",
                "retry.initial-backoff", "5ms",
                "retry.max-backoff", "20ms",
                "spool.dir", dir.resolve("spool").toString()));
        all.putAll(options);
        return new TestSinkContext("ship", all, system, dir);
    }

    private static byte[] item(int i) {
        return ("record " + i).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> items(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "record " + i).collect(Collectors.toList());
    }

    @Test
    void partialSuccess_countsTheRejectedRecords_andDoesNotResendThem() throws Exception {
        ScriptedTransport transport = new ScriptedTransport();
        transport.answer = items -> SendResult.partlyRejected(2, "2 records had bad fields");
        try (LogSystem system =
                TestLogs.isolated(dir, new ByteArrayOutputStream()).build()) {
            TestSinkContext context = context(system, Map.of("batch.max-records", "10"));
            DeliveryChannel channel = DeliveryChannel.open(context, "", transport);
            for (int i = 0; i < 30; i++) {
                channel.offer(item(i));
            }
            Await.until(channel::stats, stats -> stats.inFlight() == 0, () -> "all answered: " + channel.stats());
            LogStats.DeliveryStats stats = channel.stats();
            assertThat(stats.delivered()).isEqualTo(24);
            assertThat(stats.rejected()).isEqualTo(6);
            assertThat(stats.retried()).isZero();
            assertThat(transport.accepted).hasSize(30);
            channel.close();
            assertThat(context.reports()).contains("the peer rejected 2 of 10 records: 2 records had bad fields");
        }
    }

    @Test
    void spoolFull_dropsTheOldestFiles_countsEveryRecord_andSaysSoInOneWarnRecord() throws Exception {
        ScriptedTransport transport = new ScriptedTransport();
        transport.down = true;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (LogSystem system = TestLogs.isolated(dir, new ByteArrayOutputStream())
                .configure(c -> c.consoleOutput(console).format(Format.JSON))
                .build()) {
            TestSinkContext context = context(system, Map.of("batch.max-records", "10", "spool.max-bytes", "64KB"));
            DeliveryChannel channel = DeliveryChannel.open(context, "", transport);
            // Every entry is 10 records of 1,000 bytes; the spool holds 6 of them at most.
            byte[] padding = new byte[990];
            java.util.Arrays.fill(padding, (byte) 'x');
            int offered = 2000;
            for (int i = 0; i < offered; i++) {
                channel.offer((String.format("%010d", i) + new String(padding, StandardCharsets.US_ASCII))
                        .getBytes(StandardCharsets.US_ASCII));
            }
            LogStats.DeliveryStats during = channel.stats();
            assertThat(during.dropped()).isPositive();
            assertThat(during.dropped() + during.inFlight() + during.inSpool()).isEqualTo(offered);
            transport.down = false;
            Await.until(
                    channel::stats,
                    stats -> stats.inFlight() == 0 && stats.inSpool() == 0,
                    () -> "all sent: " + channel.stats());
            LogStats.DeliveryStats after = channel.stats();
            assertThat(transport.accepted).hasSize((int) after.delivered());
            assertThat(after.delivered() + after.dropped()).isEqualTo(offered);
            assertThat(after.dropped()).isEqualTo(during.dropped());
            channel.close();
        }
        // Opened with a context of its own, the channel reports its WARN on the sink's report channel.
    }

    @Test
    void aSpoolFileCutInAnEntry_deliversTheRest_andCountsTheCutEntry() throws Exception {
        ScriptedTransport transport = new ScriptedTransport();
        transport.down = true;
        try (LogSystem system =
                TestLogs.isolated(dir, new ByteArrayOutputStream()).build()) {
            TestSinkContext context = context(system, Map.of("batch.max-records", "10"));
            DeliveryChannel first = DeliveryChannel.open(context, "", transport);
            for (int i = 0; i < 100; i++) {
                first.offer(item(i));
            }
            first.close();
            assertThat(first.stats().inSpool()).isEqualTo(100);

            Path file;
            try (Stream<Path> files = Files.list(dir.resolve("spool"))) {
                file = files.filter(p -> p.toString().endsWith(".spool"))
                        .sorted()
                        .reduce((a, b) -> b)
                        .orElseThrow();
            }
            long size = Files.size(file);
            try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
                cut.setLength(size - 20);
            }

            transport.down = false;
            TestSinkContext again = context(system, Map.of("batch.max-records", "10"));
            DeliveryChannel second = DeliveryChannel.open(again, "", transport);
            Await.until(
                    second::stats,
                    stats -> stats.inSpool() == 0 && stats.inFlight() == 0,
                    () -> "replayed: " + second.stats());
            LogStats.DeliveryStats stats = second.stats();
            assertThat(stats.replayed()).isEqualTo(90);
            assertThat(stats.delivered()).isEqualTo(90);
            assertThat(stats.dropped()).as("%s", again.reports()).isEqualTo(10);
            assertThat(transport.accepted).isEqualTo(items(0, 90));
            second.close();
            assertThat(again.reports()).anyMatch(line -> line.contains("10 records in them are lost"));
        }
    }

    @Test
    void spooledBatches_areSentOldestFirst_thenLiveOnes() throws Exception {
        ScriptedTransport transport = new ScriptedTransport();
        transport.down = true;
        try (LogSystem system =
                TestLogs.isolated(dir, new ByteArrayOutputStream()).build()) {
            DeliveryChannel first =
                    DeliveryChannel.open(context(system, Map.of("batch.max-records", "5")), "", transport);
            for (int i = 0; i < 50; i++) {
                first.offer(item(i));
            }
            first.close();
            transport.down = false;
            DeliveryChannel second =
                    DeliveryChannel.open(context(system, Map.of("batch.max-records", "5")), "", transport);
            for (int i = 50; i < 100; i++) {
                second.offer(item(i));
            }
            Await.until(() -> transport.accepted.size(), n -> n >= 100, () -> "100 sent: " + second.stats());
            assertThat(transport.accepted).isEqualTo(items(0, 100));
            second.close();
            try (Stream<Path> files = Files.list(dir.resolve("spool"))) {
                assertThat(files.filter(p -> p.toString().endsWith(".spool"))).isEmpty();
            }
        }
    }

    @Test
    void aTransportThatThrows_losesOnlyThatBatch_countedAsDropped_andDeliveryGoesOn() throws Exception {
        ScriptedTransport transport = new ScriptedTransport();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        transport.answer = items -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("bug in the transport");
            }
            return SendResult.delivered();
        };
        try (LogSystem system =
                TestLogs.isolated(dir, new ByteArrayOutputStream()).build()) {
            TestSinkContext context = context(system, Map.of("batch.max-records", "10"));
            DeliveryChannel channel = DeliveryChannel.open(context, "", transport);
            for (int i = 0; i < 30; i++) {
                channel.offer(item(i));
            }
            Await.until(channel::stats, stats -> stats.inFlight() == 0, () -> "all answered: " + channel.stats());
            assertThat(channel.stats().dropped()).isEqualTo(10);
            assertThat(channel.stats().delivered()).isEqualTo(20);
            assertThat(transport.accepted).isEqualTo(items(10, 30));
            channel.close();
            assertThat(context.reports()).anyMatch(line -> line.contains("bug in the transport"));
        }
    }
}
