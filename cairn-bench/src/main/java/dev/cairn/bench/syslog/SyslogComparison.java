package dev.cairn.bench.syslog;

import ch.qos.logback.classic.joran.JoranConfigurator;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Cairn's {@code syslog} sink (TCP, RFC 5424, octet counting) against Log4j2's SyslogAppender (TCP, RFC 5424) and
 * Logback's SyslogAppender (UDP, RFC 3164, its only transport), each into a fresh real rsyslogd in the same run:
 *
 * <ol>
 *   <li>throughput, twice in turns: one thread logs {@code records} records as fast as it can; records/s is the records rsyslog wrote
 *       divided by the time from the first call until the last one arrived;
 *   <li>restart: one thread logs 2,000 records/s for {@code outage + 20} s; rsyslogd is stopped (SIGTERM) after 10 s
 *       and started again {@code outage} s later; then the library is closed and the records that never arrived are
 *       counted.
 * </ol>
 *
 * Run from the repository root after {@code mvn -pl cairn-bench -am package -DskipTests}:
 *
 * <pre>
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" \
 *     dev.cairn.bench.syslog.SyslogComparison 200000 20 /tmp/cairn-syslog-bench
 * </pre>
 */
public final class SyslogComparison {

    private static final int RATE = 2_000;

    private SyslogComparison() {}

    /** One library with its syslog appender. */
    private interface Subject extends AutoCloseable {
        void log(int n);

        /** Flushes and stops the library: what it still holds is sent now or never. */
        @Override
        void close() throws Exception;
    }

    private interface Factory {
        Subject open(RsyslogProcess server, Path work) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int outage = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Path.of(args.length > 2 ? args[2] : "/tmp/cairn-syslog-bench");
        Map<String, Factory> subjects = new java.util.LinkedHashMap<>();
        subjects.put("Cairn syslog sink, TCP, RFC 5424 (octet counting)", SyslogComparison::cairn);
        subjects.put(
                "Log4j2 " + LoggerContext.class.getPackage().getImplementationVersion()
                        + " SyslogAppender, TCP, RFC 5424",
                SyslogComparison::log4j2);
        subjects.put(
                "Logback "
                        + ch.qos.logback.classic.LoggerContext.class
                                .getPackage()
                                .getImplementationVersion() + " SyslogAppender, UDP, RFC 3164",
                SyslogComparison::logback);
        System.out.printf(
                "%s, JDK %s, %d cores%n",
                java.time.Instant.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| library | records/s into rsyslog | records lost of " + records + " |");
        System.out.println("|---|---|---|");
        int run = 0;
        // Two rounds, the libraries taking turns, so that none has the JVM's or rsyslogd's warm-up to itself.
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, Factory> subject : subjects.entrySet()) {
                Path runDir = dir.resolve("throughput-" + run++);
                try (RsyslogProcess server = new RsyslogProcess(runDir.resolve("rsyslog"))) {
                    server.start();
                    long start = System.nanoTime();
                    try (Subject library = subject.getValue().open(server, runDir.resolve("work"))) {
                        for (int i = 0; i < records; i++) {
                            library.log(i);
                        }
                    }
                    long[] last = awaitArrivals(server, records);
                    double seconds = (last[1] - start) / 1e9;
                    System.out.printf(
                            Locale.ROOT,
                            "| %s (round %d) | %,.0f | %,d |%n",
                            subject.getKey(),
                            round + 1,
                            last[0] / seconds,
                            records - last[0]);
                }
            }
        }
        int total = RATE * (outage + 20);
        System.out.println();
        System.out.println("| library | records logged | rsyslog stopped for | records lost | duplicates |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, Factory> subject : subjects.entrySet()) {
            Path runDir = dir.resolve("restart-" + run++);
            try (RsyslogProcess server = new RsyslogProcess(runDir.resolve("rsyslog"))) {
                server.start();
                try (Subject library = subject.getValue().open(server, runDir.resolve("work"))) {
                    long start = System.nanoTime();
                    boolean stopped = false;
                    boolean restarted = false;
                    for (int i = 0; i < total; i++) {
                        long due = start + (long) i * 1_000_000_000L / RATE;
                        long now;
                        while ((now = System.nanoTime()) < due) {
                            LockSupport.parkNanos(due - now);
                        }
                        if (!stopped && now - start >= TimeUnit.SECONDS.toNanos(10)) {
                            server.stop();
                            stopped = true;
                        } else if (!restarted && now - start >= TimeUnit.SECONDS.toNanos(10 + outage)) {
                            server.start();
                            restarted = true;
                        }
                        library.log(i);
                    }
                }
                long[] last = awaitArrivals(server, total);
                RsyslogProcess.Arrivals arrivals = server.arrivals(total);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %d s | %,d | %,d |%n",
                        subject.getKey(),
                        total,
                        outage,
                        total - last[0],
                        arrivals.messages() - arrivals.distinct());
            }
        }
    }

    /** Waits until every record arrived or none arrived for 5 s; returns {distinct arrived, nanoTime of the last}. */
    private static long[] awaitArrivals(RsyslogProcess server, int total) throws Exception {
        long count = -1;
        long changed = System.nanoTime();
        while (true) {
            long now = server.arrivals(total).distinct();
            if (now != count) {
                count = now;
                changed = System.nanoTime();
            }
            if (count == total || System.nanoTime() - changed > TimeUnit.SECONDS.toNanos(5)) {
                return new long[] {count, changed};
            }
            Thread.sleep(20);
        }
    }

    private static Subject cairn(RsyslogProcess server, Path work) throws Exception {
        Files.createDirectories(work);
        LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(work)
                .shutdownHook(false)
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.service", "cairn")
                        .set("cairn.queue.size", "262144")
                        .set("cairn.shutdown.timeout", "60s")
                        .set("cairn.sink.syslog.type", "syslog")
                        .set("cairn.sink.syslog.host", "127.0.0.1")
                        .set("cairn.sink.syslog.port", Integer.toString(server.tcpPort()))
                        .set("cairn.sink.syslog.retry.max-backoff", "2s"))
                .build();
        Logger log = system.logger("bench.orders");
        return new Subject() {
            @Override
            public void log(int n) {
                log.info("bench record {}", n);
            }

            @Override
            public void close() {
                LogStats.SinkStats stats = system.stats().sink("syslog");
                system.close();
                System.err.println("cairn before close: " + stats);
            }
        };
    }

    private static Subject log4j2(RsyslogProcess server, Path work) throws Exception {
        System.setProperty("syslog.tcp.port", Integer.toString(server.tcpPort()));
        LoggerContext context = new LoggerContext(
                "syslog-bench",
                null,
                SyslogComparison.class
                        .getClassLoader()
                        .getResource("syslog/log4j2.xml")
                        .toURI());
        context.start();
        org.apache.logging.log4j.Logger log = context.getLogger("bench.orders");
        return new Subject() {
            @Override
            public void log(int n) {
                log.info("bench record {}", n);
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }

    private static Subject logback(RsyslogProcess server, Path work) throws Exception {
        ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("syslog.udp.port", Integer.toString(server.udpPort()));
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(SyslogComparison.class.getClassLoader().getResource("syslog/logback.xml"));
        org.slf4j.Logger log = context.getLogger("bench.orders");
        return new Subject() {
            @Override
            public void log(int n) {
                log.info("bench record {}", n);
            }

            @Override
            public void close() {
                context.stop();
            }
        };
    }
}
