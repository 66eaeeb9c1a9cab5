package dev.cairn.cli.receive;

import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * A child JVM's main: logs {@code count} records, each with its {@code child} number and {@code seq}, through a
 * {@code tcp} sink spooling to {@code spool-<child>} in the working directory (over TLS when a trust store is given, its
 * password in {@code TRUST_PASSWORD}), waits until each is acknowledged, rejected or dropped, shuts the log system down
 * and prints its sink's counters as one line on standard output.
 *
 * <p>Arguments: {@code child count port [trust-store]}.
 */
final class ShippingChild {

    /** The prefix of the counters line: {@code stats delivered=… maybeDuplicated=… rejected=… dropped=…}. */
    static final String STATS = "stats ";

    private ShippingChild() {}

    public static void main(String[] args) {
        int child = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        boolean tls = args.length > 3;
        LogStats.DeliveryStats stats;
        try (LogSystem system = LogSystem.builder()
                .environment(System.getenv())
                .systemProperties(new Properties())
                .workingDirectory(Path.of(""))
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(System.err)
                .configure(c -> {
                    c.set("cairn.console", "none")
                            .set("cairn.sink.net.type", "tcp")
                            .set("cairn.sink.net.host", tls ? "localhost" : "127.0.0.1")
                            .set("cairn.sink.net.port", args[2])
                            .set("cairn.sink.net.spool.dir", "spool-" + child)
                            .set("cairn.shutdown.timeout", "60s");
                    if (tls) {
                        c.set("cairn.sink.net.tls", "true")
                                .set("cairn.sink.net.tls.trust-store", args[3])
                                .set("cairn.sink.net.tls.trust-store-password", "${TRUST_PASSWORD}");
                    }
                })
                .build()) {
            Logger logger = system.logger("child");
            for (int seq = 0; seq < count; seq++) {
                logger.info("record {} of child {}", seq, child, KeyValue.kv("child", child), KeyValue.kv("seq", seq));
            }
            stats = Await.until(
                    Duration.ofMinutes(5),
                    () -> system.stats().sink("net").delivery(),
                    s -> s.delivered() + s.rejected() + s.dropped() == count,
                    () -> "every record acknowledged, rejected or dropped: "
                            + system.stats().sink("net"));
        }
        System.out.println(STATS + "delivered=" + stats.delivered() + " maybeDuplicated=" + stats.maybeDuplicated()
                + " rejected=" + stats.rejected() + " dropped=" + stats.dropped());
    }
}
