package dev.cairn.linesink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Where {@link LineChannelSink}s deliver, by channel name: the lines they flushed, and switches a test uses to make the
 * destination stall or fail, as a network peer would.
 */
public final class LineChannels {

    private static final ConcurrentHashMap<String, Channel> CHANNELS = new ConcurrentHashMap<>();

    private LineChannels() {}

    /** The channel called {@code name}, created empty on first use. */
    public static Channel get(String name) {
        return CHANNELS.computeIfAbsent(name, n -> new Channel());
    }

    /** One destination. */
    public static final class Channel {
        private final List<String> lines = new ArrayList<>();
        private volatile CountDownLatch gate = new CountDownLatch(0);
        /** Counted down when a write starts waiting at a closed gate. */
        public final CountDownLatch stalled = new CountDownLatch(1);

        private volatile boolean failing;
        private volatile boolean closed;

        /** Every line flushed so far. */
        public synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        synchronized void add(List<String> flushed) {
            lines.addAll(flushed);
        }

        /** Makes writes wait until {@link #release()}. */
        public void stall() {
            gate = new CountDownLatch(1);
        }

        /** Lets stalled and later writes through. */
        public void release() {
            gate.countDown();
        }

        /** Makes every write and flush throw an {@link java.io.IOException}. */
        public void fail() {
            failing = true;
        }

        public boolean isClosed() {
            return closed;
        }

        void markClosed() {
            closed = true;
        }

        boolean isFailing() {
            return failing;
        }

        void awaitGate() throws InterruptedException {
            CountDownLatch current = gate;
            if (current.getCount() > 0) {
                stalled.countDown();
                current.await();
            }
        }
    }
}
