package dev.cairn.cli.receive;

import java.util.concurrent.atomic.AtomicLong;

/** The receiver's counters over all clients since it started. */
public final class ReceiveTotals {

    final AtomicLong accepted = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong connections = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong timedOut = new AtomicLong();
    final AtomicLong datagrams = new AtomicLong();

    /** One line, e.g. for the end of a run. */
    public String summary() {
        return accepted.get() + " records accepted, " + rejected.get() + " lines rejected, " + connections.get()
                + " connections (" + refused.get() + " refused, " + timedOut.get() + " timed out), " + datagrams.get()
                + " datagrams";
    }
}
