package dev.cairn;

/**
 * A child JVM whose http sink cannot reach its peer: logs {@code args[0]} records with ids, waits until all but the
 * batches in memory are in the spool, prints {@code SPOOLED <n>} and waits to be killed.
 */
public final class SpoolingChild {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        LogSystem system = LogSystem.builder().build();
        Logger logger = system.logger("shop");
        for (int i = 0; i < count; i++) {
            logger.info("order {}", i, KeyValue.kv("id", i));
        }
        while (true) {
            LogStats.DeliveryStats stats = system.stats().sink("collector").delivery();
            if (stats.spooled() + stats.inFlight() == count) {
                System.out.println("SPOOLED " + stats.spooled());
                System.out.flush();
                break;
            }
            Thread.onSpinWait();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
