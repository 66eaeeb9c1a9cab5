package dev.cairn.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * A peer's answer to one batch, as the {@link Transport} reads it from the protocol.
 *
 * <ul>
 *   <li>{@link Delivered}: every item was accepted, except {@code rejected} items the peer refused for good (a partial
 *       success); those are counted as rejected and never sent again;
 *   <li>{@link Retry}: nothing was accepted and the protocol says the same batch may succeed later ({@code after}, when
 *       the peer said how long to wait, e.g. {@code Retry-After});
 *   <li>{@link TooLarge}: the batch is too large for the peer; the channel splits it in halves (a single item that is
 *       too large is rejected);
 *   <li>{@link Rejected}: the peer refused the whole batch for good (e.g. HTTP 400); counted, never retried.
 * </ul>
 *
 * @see Transport#send
 */
public sealed interface SendResult {

    /** Every item accepted. */
    static SendResult delivered() {
        return Delivered.ALL;
    }

    /** Accepted except {@code rejected} items the peer refused for good; {@code reason} as the peer gave it. */
    static SendResult partlyRejected(long rejected, String reason) {
        return new Delivered(rejected, reason);
    }

    /** Nothing accepted, try again; {@code after} is null when the peer gave no delay. */
    static SendResult retry(Duration after, String reason) {
        return new Retry(after, reason);
    }

    /** The batch is too large for the peer. */
    static SendResult tooLarge(String reason) {
        return new TooLarge(reason);
    }

    /** The whole batch refused for good. */
    static SendResult rejected(String reason) {
        return new Rejected(reason);
    }

    /** Items accepted; {@code rejected} of them refused for good (0 when all were accepted). */
    record Delivered(long rejected, String reason) implements SendResult {
        static final Delivered ALL = new Delivered(0, "");

        public Delivered {
            if (rejected < 0) {
                throw new IllegalArgumentException("rejected < 0: " + rejected);
            }
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Nothing accepted; the batch may be sent again, not before {@code after} when that is not null. */
    record Retry(Duration after, String reason) implements SendResult {
        public Retry {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The batch is too large for the peer. */
    record TooLarge(String reason) implements SendResult {
        public TooLarge {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The batch refused for good. */
    record Rejected(String reason) implements SendResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
