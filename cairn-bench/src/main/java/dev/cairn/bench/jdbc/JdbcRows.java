package dev.cairn.bench.jdbc;

import static dev.cairn.KeyValue.kv;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Rows per second into PostgreSQL, end to end: the same records (message, logger, thread, service and two key-values
 * as {@code jsonb}) logged by {@code threads} threads through Cairn's {@code jdbc} sink and through Log4j2's
 * {@code JdbcAppender} with {@code bufferSize}, each into a fresh database with the same table on the same server,
 * alternately, {@code rounds} times. The clock runs from the first call until every row is committed (Cairn: its
 * delivered count; Log4j2: its context stopped, which writes the last buffer); then the rows are counted.
 *
 * <pre>
 * java -cp "cairn-bench/target/classes:$(cat cairn-bench/target/classpath.txt)" dev.cairn.bench.jdbc.JdbcRows \
 *     "jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres" 200000 4 3 1000
 * </pre>
 */
public final class JdbcRows {

    private static final String TABLE = "CREATE TABLE logs (event_id uuid PRIMARY KEY, ts timestamptz NOT NULL,"
            + " level text NOT NULL, logger text NOT NULL, message text NOT NULL, thread text NOT NULL, service text,"
            + " trace_id text, request_id text, fields jsonb NOT NULL, error jsonb)";

    private JdbcRows() {}

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        System.out.printf(
                Locale.ROOT,
                "%d records, %d threads, batch/buffer %d, JDK %s%n",
                records,
                threads,
                batch,
                System.getProperty("java.version"));
        System.out.printf(
                Locale.ROOT,
                "%-7s %5s %10s %12s %8s %14s%n",
                "library",
                "round",
                "seconds",
                "rows/s",
                "rows",
                "callers done s");
        for (int round = 1; round <= rounds; round++) {
            for (String library : new String[] {"cairn", "log4j2"}) {
                String database = "cairn_bench_" + library + "_" + round;
                String url = recreate(server, database);
                long start = System.nanoTime();
                long callersDone = library.equals("cairn")
                        ? cairn(url, records, threads, batch)
                        : log4j2(url, records, threads, batch);
                double seconds = (System.nanoTime() - start) / 1e9;
                long rows = check(url, records);
                System.out.printf(
                        Locale.ROOT,
                        "%-7s %5d %10.2f %,12.0f %8d %14.2f%n",
                        library,
                        round,
                        seconds,
                        records / seconds,
                        rows,
                        (callersDone - start) / 1e9);
                drop(server, database);
            }
        }
    }

    /** Writes the records through Cairn; returns the {@link System#nanoTime()} when the logging threads finished. */
    private static long cairn(String url, int records, int threads, int batch) throws Exception {
        Path dir = Files.createTempDirectory("cairn-bench-jdbc");
        try (LogSystem system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .shutdownHook(false)
                .configure(c -> c.set("cairn.console", "none")
                        .set("cairn.service", "checkout")
                        .set("cairn.sink.db.type", "jdbc")
                        .set("cairn.sink.db.url", url)
                        .set("cairn.sink.db.batch.max-records", String.valueOf(batch))
                        .set("cairn.sink.db.batch.max-delay", "100ms"))
                .build()) {
            Logger log = system.logger("shop.orders");
            run(threads, records, (thread, i) -> {
                String orderId = thread + "-" + i;
                log.info("order {} placed", orderId, kv("order_id", orderId), kv("amount", i));
            });
            long callersDone = System.nanoTime();
            system.flush();
            while (true) {
                LogStats.DeliveryStats stats = system.stats().sink("db").delivery();
                if (stats.delivered() + stats.rejected() + stats.dropped() >= records) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
            return callersDone;
        }
    }

    /** Writes the records through Log4j2; returns the {@link System#nanoTime()} when the logging threads finished. */
    private static long log4j2(String url, int records, int threads, int batch) throws Exception {
        HikariConfig config = new HikariConfig();
        // stringtype=unspecified lets PostgreSQL cast the appender's strings to uuid and jsonb.
        config.setJdbcUrl(url + "&stringtype=unspecified");
        config.setMaximumPoolSize(threads);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Log4jConnections.use(pool);
            System.setProperty("jdbc.bufferSize", String.valueOf(batch));
            LoggerContext context = new LoggerContext(
                    "jdbc",
                    null,
                    JdbcRows.class
                            .getClassLoader()
                            .getResource("jdbc/log4j2.xml")
                            .toURI());
            context.start();
            org.apache.logging.log4j.Logger log = context.getLogger("shop.orders");
            run(threads, records, (thread, i) -> {
                String orderId = thread + "-" + i;
                ThreadContext.put("order_id", orderId);
                ThreadContext.put("amount", String.valueOf(i));
                log.info("order {} placed", orderId);
            });
            long callersDone = System.nanoTime();
            context.stop();
            return callersDone;
        }
    }

    /** One call of the workload: record {@code i} of thread {@code thread}. */
    private interface Call {
        void log(int thread, int i);
    }

    private static void run(int threads, int records, Call call) throws InterruptedException {
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int from = records * t / threads;
            int to = records * (t + 1) / threads;
            Thread worker = new Thread(
                    () -> {
                        for (int i = from; i < to; i++) {
                            call.log(thread, i);
                        }
                    },
                    "writer-" + t);
            worker.start();
            started.add(worker);
        }
        for (Thread worker : started) {
            worker.join();
        }
    }

    /** Rows in the table; fails unless each of the {@code records} order ids is there once. */
    private static long check(String url, int records) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(*), count(DISTINCT fields->>'order_id'), count(DISTINCT event_id) FROM logs")) {
            result.next();
            long rows = result.getLong(1);
            if (rows != records || result.getLong(2) != records || result.getLong(3) != records) {
                throw new IllegalStateException("expected " + records + " rows, each order id once; found " + rows
                        + " rows, " + result.getLong(2) + " order ids, " + result.getLong(3) + " event ids");
            }
            return rows;
        }
    }

    private static String recreate(String server, String database) throws SQLException {
        drop(server, database);
        try (Connection admin = DriverManager.getConnection(server);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String url = withDatabase(server, database);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        return url;
    }

    private static void drop(String server, String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static String withDatabase(String server, String database) {
        int path = server.indexOf('/', server.indexOf("//") + 2);
        int query = server.indexOf('?');
        return server.substring(0, path) + "/" + database + (query < 0 ? "?" : server.substring(query));
    }
}
