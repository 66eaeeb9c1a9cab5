package dev.cairn.internal.delivery;

import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.Ticker;
import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The engine behind {@link dev.cairn.delivery.DeliveryChannel}: batches items, sends them on a thread of its own,
 * retries, splits, spools and counts.
 *
 * <p>Order: batches leave in the order they were formed. A batch goes to memory ({@code ready}, a few batches) while
 * the spool is empty and memory has room, otherwise to the end of the spool; the sender takes memory first, then the
 * spool, then a batch whose first record has waited {@code batch.max-delay}. So the spool of an earlier run is sent
 * before live records, and nothing overtakes what was spooled before it.
 *
 * <p>Concurrency: one monitor ({@code lock}) guards all state, the spool included. {@link #offer} (the sink's thread)
 * holds it only to append, or to write one spool entry when the sender is behind; the sender holds it only between
 * sends, never while waiting on the peer. Waits are slices of at most 100 ms measured with the log system's ticker, so
 * a test that moves its ticker moves the channel's time. The sender logs its WARN record with no lock held.
 *
 * <p>Closing: the sender keeps sending until nothing is left or the shutdown timeout (less a reserve for writing the
 * spool) has passed; then it is stopped and every batch still in memory is appended to the spool for the next start.
 */
public final class BatchChannel {

    /** Batches waiting in memory before later ones go to the spool. */
    static final int MEMORY_BATCHES = 4;
    /** Batches kept in memory when there is no usable spool, before later ones are dropped. */
    static final int MEMORY_BATCHES_WITHOUT_SPOOL = 64;

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long SPOOL_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int SPOOL_HELD_REPORT_ATTEMPTS = 10;
    private static final long MAX_RETRY_AFTER_NANOS = TimeUnit.HOURS.toNanos(1);

    private enum State {
        RUNNING,
        DRAINING,
        STOPPED,
        CLOSED
    }

    private final String label;
    private final Transport transport;
    private final ChannelSettings settings;
    private final DeliveryHost host;
    private final Ticker ticker;
    private final Consumer<String> report;
    private final Clock clock;
    private final DeliveryCounters counters = new DeliveryCounters();
    private final Thread sender;

    private final Object lock = new Object();
    private List<byte[]> open = new ArrayList<>();
    private long openBytes;
    private long openSince;
    private final ArrayDeque<Batch> ready = new ArrayDeque<>();
    /** The batch being sent, at the head, and the halves of split batches; taken before anything else. */
    private final ArrayDeque<Batch> ahead = new ArrayDeque<>();

    private Spool spool;
    private long spoolRetryAt = Long.MIN_VALUE;
    private int spoolHeldAttempts;
    private State state = State.RUNNING;
    private boolean failing;
    /** Failed attempts in a row at the batch at the head. */
    private int failures;

    private boolean lateOfferReported;
    private long episodeDropped;
    private long episodeStarted;
    private String pendingWarn;
    private long pendingWarnDropped;

    /**
     * @param label the sink's name, and the channel's when it has one, for thread names and reports
     * @param report where the channel's problems go (the sink's diagnostic channel)
     * @param clock the log system's clock, for the times reports give
     */
    public BatchChannel(
            String label,
            Transport transport,
            ChannelSettings settings,
            DeliveryHost host,
            Consumer<String> report,
            Clock clock) {
        this.label = label;
        this.transport = transport;
        this.settings = settings;
        this.host = host;
        this.ticker = host.ticker();
        this.report = report;
        this.clock = clock;
        synchronized (lock) {
            spool();
        }
        host.addCounters(this::stats);
        this.sender = new Thread(this::run, "cairn-send-" + label);
        sender.setDaemon(true);
        sender.start();
    }

    /** This channel's counters now, consistent with each other (every change to them is made under the lock). */
    public LogStats.DeliveryStats stats() {
        synchronized (lock) {
            return counters.snapshot();
        }
    }

    /** Adds one item to the batch being formed; hands the batch on when it is full. Never waits on the peer. */
    public void offer(byte[] item) {
        synchronized (lock) {
            if (state == State.CLOSED) {
                counters.dropped++;
                if (!lateOfferReported) {
                    lateOfferReported = true;
                    report.accept("records offered after the channel closed are dropped (counted in dropped)");
                }
                return;
            }
            if (open.isEmpty()) {
                openSince = ticker.nanoTime();
            }
            open.add(item);
            openBytes += item.length;
            counters.inFlight++;
            if (open.size() >= settings.maxRecords() || openBytes >= settings.maxBytes()) {
                enqueue(seal());
            }
        }
    }

    /** Wakes the sender; the batch being formed still waits for {@code batch.max-delay} or to fill up. */
    public void flush() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private Batch seal() {
        Batch batch = new Batch(open, null);
        open = new ArrayList<>();
        openBytes = 0;
        return batch;
    }

    /** Puts a live batch in memory, or at the end of the spool when the spool is not empty or memory is full. */
    private void enqueue(Batch batch) {
        Spool current = spool();
        boolean behind = current != null && !current.isEmpty() || ready.size() >= MEMORY_BATCHES;
        if (behind && toSpool(batch)) {
            return;
        }
        if (ready.size() >= MEMORY_BATCHES_WITHOUT_SPOOL) {
            counters.inFlight -= batch.size();
            drop(batch.size(), "no spool could take it while the peer is behind");
            return;
        }
        ready.add(batch);
        lock.notifyAll();
    }

    /** Appends {@code batch} to the spool; false if there is no usable spool. */
    private boolean toSpool(Batch batch) {
        Spool current = spool();
        if (current == null) {
            return false;
        }
        Spool.Appended appended;
        try {
            appended = current.append(batch.items());
        } catch (IOException | RuntimeException e) {
            report.accept("cannot write to the spool " + current.folder() + " (" + e + ")");
            return false;
        }
        if (appended.droppedRecords() > 0) {
            counters.inSpool -= appended.droppedRecords();
            drop(appended.droppedRecords(), "the spool is full (spool.max-bytes)");
        }
        counters.inFlight -= batch.size();
        if (appended.stored()) {
            counters.spooled += batch.size();
            counters.inSpool += batch.size();
        } else {
            drop(batch.size(), "one batch is larger than spool.max-bytes");
        }
        return true;
    }

    /** Counts {@code records} dropped; the first drop of an episode is reported at once, the total at its end. */
    private void drop(long records, String why) {
        counters.dropped += records;
        if (episodeDropped == 0) {
            episodeStarted = clock.millis();
            report.accept("dropping records: " + why + "; one WARN record will give the count once the spool is"
                    + " empty again");
        }
        episodeDropped += records;
    }

    /** The spool, opened on first use; null while it cannot be opened (retried every second). */
    private Spool spool() {
        if (spool != null || state == State.CLOSED) {
            return spool;
        }
        long now = System.nanoTime();
        if (spoolRetryAt != Long.MIN_VALUE && now - spoolRetryAt < 0) {
            return null;
        }
        spoolRetryAt = now + SPOOL_RETRY_NANOS;
        try {
            spool = Spool.open(settings.spoolFolder(), settings.spoolMaxBytes());
        } catch (IOException | RuntimeException e) {
            report.accept("cannot open the spool " + settings.spoolFolder() + " (" + e + "); retrying");
            return null;
        }
        if (spool == null) {
            // A new configuration's channel waits while the old one closes; only a longer wait is worth a report.
            if (++spoolHeldAttempts == SPOOL_HELD_REPORT_ATTEMPTS) {
                report.accept("the spool " + settings.spoolFolder() + " is in use by another channel (another log"
                        + " system or process); waiting for it, keeping up to " + MEMORY_BATCHES_WITHOUT_SPOOL
                        + " batches in memory meanwhile");
            }
            return null;
        }
        counters.inSpool += spool.records();
        return spool;
    }

    /** The sender's loop: survives anything thrown, so that delivery never stops while the channel is open. */
    private void run() {
        while (true) {
            try {
                if (!sendNext()) {
                    return;
                }
            } catch (Throwable e) {
                try {
                    report.accept("delivery failed unexpectedly (" + e + "); going on");
                    synchronized (lock) {
                        waitSlice(SLICE_NANOS);
                    }
                } catch (Throwable ignored) {
                    // Out of memory even for the report: the next round tries again.
                }
            }
        }
    }

    /** Sends the next batch due, or waits a slice for one; false once the channel no longer sends. */
    private boolean sendNext() {
        Batch batch;
        String warn;
        long warnDropped;
        synchronized (lock) {
            batch = next();
            warn = pendingWarn;
            warnDropped = pendingWarnDropped;
            pendingWarn = null;
            if (batch == null && warn == null) {
                if (state != State.RUNNING) {
                    return false;
                }
                waitSlice(nanosUntilOpenBatchIsDue());
                return true;
            }
        }
        if (warn != null) {
            warn(warn, warnDropped);
        }
        if (batch == null) {
            return true;
        }
        SendResult result;
        boolean answerLost = false;
        try {
            result = transport.send(List.copyOf(batch.items()));
            if (result == null) {
                throw new IllegalStateException("the transport answered null");
            }
        } catch (IOException e) {
            result = SendResult.retry(null, String.valueOf(e));
            answerLost = !(e instanceof ConnectException);
        } catch (RuntimeException e) {
            result = null;
            report.accept("the transport failed (" + e + "); a batch of " + batch.size() + " records is dropped");
        }
        synchronized (lock) {
            if (state == State.STOPPED || state == State.CLOSED) {
                return false;
            }
            if (result == null) {
                done(batch);
                drop(batch.size(), "the transport failed");
                failures = 0;
            } else {
                failures = answer(batch, result, answerLost, failures);
            }
        }
        return true;
    }

    /** The batch to send now, moved to {@code ahead}; null if none is due. */
    private Batch next() {
        if (state == State.STOPPED || state == State.CLOSED) {
            return null;
        }
        if (!ahead.isEmpty()) {
            return ahead.peek();
        }
        Batch batch = ready.poll();
        if (batch == null) {
            batch = fromSpool();
        }
        if (batch == null
                && !open.isEmpty()
                && (state != State.RUNNING || ticker.nanoTime() - openSince >= settings.maxDelayNanos())) {
            batch = seal();
        }
        if (batch != null) {
            ahead.add(batch);
        } else {
            endEpisode();
        }
        return batch;
    }

    private Batch fromSpool() {
        Spool current = spool();
        if (current == null) {
            return null;
        }
        Spool.Read read;
        try {
            read = current.next();
        } catch (IOException | RuntimeException e) {
            report.accept("cannot read the spool " + current.folder() + " (" + e + "); reopening it");
            counters.inSpool -= current.records();
            closeSpool();
            return null;
        }
        long lost = current.takeLost();
        if (lost > 0) {
            counters.inSpool -= lost;
            report.accept("the spool " + current.folder() + " held damaged or cut entries: " + lost
                    + " records in them are lost");
            drop(lost, "damaged spool entries");
        }
        if (read == null || current.isEmpty()) {
            endEpisode();
        }
        if (read == null) {
            return null;
        }
        int size = read.items().size();
        counters.replayed += size;
        counters.inSpool -= size;
        counters.inFlight += size;
        return new Batch(read.items(), read.position());
    }

    /** When the spool is empty again after drops, prepares the one WARN record that gives their count. */
    private void endEpisode() {
        if (episodeDropped > 0 && state == State.RUNNING) {
            pendingWarn = "sink " + label + " dropped " + episodeDropped + " records between "
                    + Instant.ofEpochMilli(episodeStarted) + " and now while its peer was behind (spool full"
                    + " or unusable); the oldest went first";
            pendingWarnDropped = episodeDropped;
            episodeDropped = 0;
        }
    }

    private void warn(String message, long dropped) {
        try {
            host.warnRecord(message, KeyValue.kv("sink", label), KeyValue.kv("dropped", dropped));
        } catch (RuntimeException e) {
            report.accept(message);
        }
    }

    /** Acts on the peer's answer to {@code batch}; returns the number of failed attempts in a row. */
    private int answer(Batch batch, SendResult result, boolean answerLost, int attempt) {
        int size = batch.size();
        if (result instanceof SendResult.Delivered delivered) {
            long rejected = Math.min(delivered.rejected(), size);
            done(batch);
            counters.delivered += size - rejected;
            counters.rejected += rejected;
            if (rejected > 0) {
                report.accept("the peer rejected " + rejected + " of " + size + " records: " + delivered.reason());
            }
            recovered(attempt);
            return 0;
        }
        if (result instanceof SendResult.Rejected rejected) {
            done(batch);
            counters.rejected += size;
            report.accept("the peer rejected a batch of " + size + " records for good: " + rejected.reason());
            recovered(attempt);
            return 0;
        }
        if (result instanceof SendResult.TooLarge tooLarge) {
            if (size == 1) {
                done(batch);
                counters.rejected += 1;
                report.accept("the peer rejected a record as too large: " + tooLarge.reason());
            } else {
                ahead.poll();
                Batch[] halves = batch.halves();
                ahead.addFirst(halves[1]);
                ahead.addFirst(halves[0]);
            }
            recovered(attempt);
            return 0;
        }
        SendResult.Retry retry = (SendResult.Retry) result;
        int failed = attempt + 1;
        long delay = retry.after() != null
                ? Math.min(Math.max(0, saturatedNanos(retry.after())), MAX_RETRY_AFTER_NANOS)
                : settings.backoff().delayNanos(failed);
        long until = ticker.nanoTime() + delay;
        counters.retried += size;
        if (answerLost) {
            counters.maybeDuplicated += size;
        }
        if (!failing) {
            failing = true;
            report.accept("the peer does not accept batches now (" + retry.reason()
                    + "); retrying with backoff, spooling meanwhile");
        }
        while (state != State.STOPPED && state != State.CLOSED && until - ticker.nanoTime() > 0) {
            waitSlice(until - ticker.nanoTime());
        }
        return failed;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private void recovered(int attempt) {
        if (failing) {
            failing = false;
            report.accept("the peer accepts batches again, after " + attempt + " failed attempts");
        }
    }

    /** The peer answered for {@code batch} for good: it leaves memory and its spool entry is acknowledged. */
    private void done(Batch batch) {
        ahead.poll();
        counters.inFlight -= batch.size();
        if (batch.origin() != null && spool != null) {
            try {
                spool.acknowledge(batch.origin());
            } catch (IOException e) {
                report.accept("cannot record progress in the spool " + spool.folder() + " (" + e
                        + "); its entries may be sent again after a restart");
            }
        }
    }

    private long nanosUntilOpenBatchIsDue() {
        return open.isEmpty() ? SLICE_NANOS : settings.maxDelayNanos() - (ticker.nanoTime() - openSince);
    }

    /** Waits on the monitor for {@code nanos}, at most one slice; returns early when notified or interrupted. */
    private void waitSlice(long nanos) {
        long slice = Math.max(1, Math.min(nanos, SLICE_NANOS));
        try {
            lock.wait(TimeUnit.NANOSECONDS.toMillis(slice), (int) (slice % 1_000_000));
        } catch (InterruptedException e) {
            // Only close interrupts the sender: the state says what to do next.
        }
    }

    /**
     * Sends what is left until the log system's close deadline, less a reserve, then appends what is still in memory
     * to the spool and closes the transport.
     */
    public void close() throws IOException {
        long deadline = host.closeDeadlineNanos();
        long reserve = Math.min(TimeUnit.SECONDS.toNanos(1), Math.max(0, deadline - System.nanoTime()) / 4);
        synchronized (lock) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.DRAINING;
            lock.notifyAll();
        }
        join(deadline - reserve);
        synchronized (lock) {
            state = State.STOPPED;
            lock.notifyAll();
        }
        sender.interrupt();
        join(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
        synchronized (lock) {
            keepForNextStart();
            if (episodeDropped > 0) {
                report.accept("dropped " + episodeDropped + " records since " + Instant.ofEpochMilli(episodeStarted)
                        + " while the peer was behind (spool full or unusable)");
                episodeDropped = 0;
            }
            closeSpool();
            state = State.CLOSED;
        }
        transport.close();
    }

    private void join(long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return;
        }
        try {
            sender.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts every live batch still in memory into the spool, before the entries already there (they are older), or
     * counts it dropped; batches read from the spool stay where they are, unacknowledged.
     */
    private void keepForNextStart() {
        List<Batch> left = new ArrayList<>(ahead);
        left.addAll(ready);
        if (!open.isEmpty()) {
            left.add(seal());
        }
        ahead.clear();
        ready.clear();
        List<List<byte[]>> live = new ArrayList<>();
        long records = 0;
        for (Batch batch : left) {
            counters.inFlight -= batch.size();
            if (batch.origin() != null && spool != null) {
                counters.inSpool += batch.size();
            } else {
                live.add(batch.items());
                records += batch.size();
            }
        }
        if (live.isEmpty()) {
            return;
        }
        Spool current = spool();
        long dropped = records;
        if (current != null) {
            try {
                dropped = current.prepend(live);
            } catch (IOException | RuntimeException e) {
                report.accept("cannot write to the spool " + current.folder() + " (" + e + ")");
            }
        }
        counters.spooled += records - dropped;
        counters.inSpool += records - dropped;
        if (dropped > 0) {
            drop(dropped, "no room in the spool at shutdown");
        }
    }

    private void closeSpool() {
        if (spool != null) {
            try {
                spool.close();
            } catch (IOException e) {
                report.accept("cannot close the spool " + spool.folder() + " (" + e + ")");
            }
            spool = null;
        }
    }

    @Override
    public String toString() {
        return "BatchChannel[" + label + "]";
    }
}
