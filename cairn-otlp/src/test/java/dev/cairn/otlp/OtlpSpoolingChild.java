package dev.cairn.otlp;

import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;

/**
 * A child JVM whose otlp sink (configured by system properties) cannot reach its collector: logs {@code args[0]}
 * records with ids, waits until all but the batches in memory are in the spool, prints {@code SPOOLED <n>} and waits
 * to be killed.
 */
public final class OtlpSpoolingChild {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        LogSystem system = LogSystem.builder().shutdownHook(false).build();
        Logger logger = system.logger("shop");
        for (int i = 0; i < count; i++) {
            logger.info("order {}", i, KeyValue.kv("id", i));
        }
        while (true) {
            LogStats.DeliveryStats stats = system.stats().sink("otlp").delivery();
            if (stats.spooled() + stats.inFlight() == count) {
                System.out.println("SPOOLED " + stats.spooled());
                System.out.flush();
                break;
            }
            Thread.onSpinWait();
        }
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
