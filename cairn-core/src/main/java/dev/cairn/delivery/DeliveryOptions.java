package dev.cairn.delivery;

import dev.cairn.spi.SinkOption;
import java.util.List;

/**
 * The options every sink built on a {@link DeliveryChannel} accepts, set as {@code cairn.sink.<name>.<option>}; a
 * sink type lists {@link #ALL} among its own options.
 */
public final class DeliveryOptions {

    /** {@code batch.max-records}: records sent in one batch at most. */
    public static final SinkOption<Integer> BATCH_MAX_RECORDS =
            SinkOption.integer("batch.max-records", 1, 100_000, 512);

    /** Every delivery option. */
    public static final List<SinkOption<?>> ALL = List.of(BATCH_MAX_RECORDS);

    private DeliveryOptions() {}
}
