package dev.cairn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ring's single claim attempt: a free slot is claimed in order, an occupied one is refused and left alone. */
class RecordRingTest {

    @Test
    void aFirstTryClaimsFreeSlotsInOrderAndRefusesAFullRingWithoutMovingItsTail() {
        RecordRing ring = new RecordRing(4);
        int capacity = ring.capacity();
        for (long position = 0; position < capacity; position++) {
            assertThat(ring.tryClaim()).isEqualTo(position);
            ring.publish(position);
        }

        assertThat(ring.tryClaim()).isEqualTo(-1);
        assertThat(ring.claim()).isEqualTo(-1);
        assertThat(ring.produced()).isEqualTo(capacity);

        assertThat(ring.take(null)).isNotNull();
        assertThat(ring.tryClaim()).isEqualTo(capacity);
        assertThat(ring.tryClaim()).isEqualTo(-1);
        assertThat(ring.produced()).isEqualTo(capacity + 1);
    }

    @Test
    void slotsTakenAsTheyArePublishedAreClaimedAgainLapAfterLap() {
        RecordRing ring = new RecordRing(2);
        for (long position = 0; position < 1_000; position++) {
            assertThat(ring.tryClaim()).isEqualTo(position);
            ring.publish(position);
            assertThat(ring.take(null)).isNotNull();
        }
        assertThat(ring.consumed()).isEqualTo(1_000);
    }
}
