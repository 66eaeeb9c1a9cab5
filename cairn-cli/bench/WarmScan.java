import dev.cairn.cli.record.ScannedRecord;
import dev.cairn.cli.stats.ChunkStats;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scan and the counting of `cairn stats` in a warm JVM, without start-up, reading or compiling: each pass runs
 * ScannedRecord.scanLine and ChunkStats.accept over the file in 2 MiB chunks of whole lines, and the fastest pass's
 * CPU time (this thread's) is printed. See docs/cli.md, "Speed". Usage, after packaging cairn-cli:
 *
 * <pre>
 * java -cp cairn-cli/target/cairn-cli-*-all.jar cairn-cli/bench/WarmScan.java FILE [PASSES] [scan]
 * </pre>
 *
 * With "scan", records are scanned (their standard fields read) but not counted. Keep FILE small enough to hold in
 * the heap twice over (a few hundred MB at most); the JVM's default heap is a quarter of the memory.
 */
public final class WarmScan {

    private static final int CHUNK = 2 << 20;

    public static void main(String[] args) throws Exception {
        byte[] all = Files.readAllBytes(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        boolean count = !(args.length > 2 && args[2].equals("scan"));
        List<int[]> chunks = chunks(all);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long records = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = cpu.getCurrentThreadCpuTime();
            records = pass(all, chunks, count);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        System.out.printf(
                "%s: fastest of %d passes %.1f ms of CPU for %d bytes, %d records: %.0f MB per CPU-second%n",
                count ? "scan and count" : "scan",
                passes,
                best / 1e6,
                all.length,
                records,
                all.length / (best / 1e9) / 1e6);
    }

    private static long pass(byte[] all, List<int[]> chunks, boolean count) {
        ScannedRecord record = new ScannedRecord();
        long records = 0;
        for (int[] c : chunks) {
            ChunkStats stats = new ChunkStats(10);
            int i = c[0];
            while (i < c[1]) {
                int end = record.scanLine(all, i, c[1]);
                if (end < 0) {
                    end = i;
                    while (end < c[1] && all[end] != '\n') {
                        end++;
                    }
                } else {
                    records++;
                    if (count) {
                        stats.accept(record, all, i, end);
                    }
                }
                i = end + 1;
            }
        }
        return records;
    }

    /** Ranges of about {@link #CHUNK} bytes, each ending after a newline (or at the end of the file). */
    private static List<int[]> chunks(byte[] all) {
        List<int[]> chunks = new ArrayList<>();
        int from = 0;
        while (from < all.length) {
            int to = Math.min(all.length, from + CHUNK);
            while (to < all.length && to > from && all[to - 1] != '\n') {
                to--;
            }
            if (to == from) {
                to = Math.min(all.length, from + CHUNK);
            }
            chunks.add(new int[] {from, to});
            from = to;
        }
        return chunks;
    }
}
