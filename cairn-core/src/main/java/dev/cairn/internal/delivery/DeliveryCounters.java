package dev.cairn.internal.delivery;

import dev.cairn.LogStats;

/**
 * The counters of one delivery channel. Each record is moved between the gauges ({@code inFlight}, {@code inSpool})
 * and the totals as it goes, so the sum of delivered, rejected, dropped, in flight and in spool always equals what was
 * offered plus what the spool held at start. Guarded by the channel's lock, which also makes a snapshot consistent.
 */
final class DeliveryCounters {

    long delivered;
    long retried;
    long spooled;
    long replayed;
    long rejected;
    long dropped;
    long inFlight;
    long inSpool;
    long maybeDuplicated;

    LogStats.DeliveryStats snapshot() {
        return new LogStats.DeliveryStats(
                delivered, retried, spooled, replayed, rejected, dropped, inFlight, inSpool, maybeDuplicated);
    }
}
