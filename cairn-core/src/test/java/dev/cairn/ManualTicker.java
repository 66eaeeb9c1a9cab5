package dev.cairn;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that tests move by hand, so that durations, slow calls and abandoned flows need no sleeping. */
final class ManualTicker implements Ticker {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }
}
