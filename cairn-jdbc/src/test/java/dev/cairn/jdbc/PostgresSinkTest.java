package dev.cairn.jdbc;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.LogStats;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The {@code jdbc} sink writing to a real PostgreSQL server (CAIRNTEST_PG_URL), each test in a database of its own. */
class PostgresSinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private PostgresDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = PostgresDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    private JdbcLogs logs(Map<String, String> options) {
        Map<String, String> all = new HashMap<>();
        all.put("cairn.sink.db.url", database.url());
        all.put("cairn.sink.db.create-table", "true");
        all.putAll(options);
        return new JdbcLogs(dir, Map.of(), all);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void fourThreadsOfFiftyThousand_everyRecordExactlyOnce_everyColumnAsDocumented() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        Instant before = Instant.now();
        JdbcLogs logs = logs(Map.of("cairn.sink.db.batch.max-records", "2000"));
        try (logs.system) {
            Logger log = logs.system.logger("shop.orders");
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> new Thread(task, "writer"));
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Thread.currentThread().setName("writer-" + thread);
                    try (var scope = LogContext.with("trace_id", "4bf92f3577b34da6a3ce929d0e0e473" + thread)
                            .with("request_id", "req-" + thread)
                            .with("tenant", "acme")
                            .open()) {
                        for (int i = 0; i < perThread; i++) {
                            String orderId = "T" + thread + "-" + i;
                            if (i % 10_000 == 0) {
                                log.atError()
                                        .with("order_id", orderId)
                                        .cause(new IllegalStateException("stock failed for " + orderId))
                                        .log("order {} failed", orderId);
                            } else {
                                log.info("order {} placed", orderId, kv("order_id", orderId), kv("amount", i));
                            }
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            logs.awaitAnswered((long) threads * perThread, Duration.ofMinutes(3));
            LogStats.DeliveryStats stats = logs.delivery();
            assertThat(stats.delivered()).isEqualTo((long) threads * perThread);
            assertThat(stats.rejected()).isZero();
            assertThat(stats.dropped()).isZero();
        }
        Instant after = Instant.now();

        assertThat(count("SELECT count(*) FROM logs")).isEqualTo(200_000);
        assertThat(count("SELECT count(DISTINCT event_id) FROM logs")).isEqualTo(200_000);
        assertThat(count("SELECT count(DISTINCT fields->>'order_id') FROM logs"))
                .isEqualTo(200_000);
        assertThat(count("SELECT count(*) FROM logs WHERE fields->>'order_id' = 'T2-4711'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM logs WHERE level = 'ERROR' AND error->>'type' ="
                        + " 'java.lang.IllegalStateException'"))
                .isEqualTo(20);
        assertThat(count("SELECT count(*) FROM logs WHERE (fields->>'amount')::int >= 49990"))
                .isEqualTo(40);

        Map<String, Object> row = rows("SELECT event_id, ts, level, logger, message, thread, service, trace_id,"
                        + " request_id, fields::text AS fields, error FROM logs WHERE fields->>'order_id' = 'T2-4711'")
                .get(0);
        assertThat(row.get("event_id")).isInstanceOf(UUID.class);
        assertThat(((UUID) row.get("event_id")).version()).isEqualTo(7);
        Instant ts = ((java.sql.Timestamp) row.get("ts")).toInstant();
        assertThat(ts).isBetween(before.minusMillis(1), after);
        assertThat(row)
                .containsEntry("level", "INFO")
                .containsEntry("logger", "shop.orders")
                .containsEntry("message", "order T2-4711 placed")
                .containsEntry("thread", "writer-2")
                .containsEntry("service", "checkout")
                .containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4732")
                .containsEntry("request_id", "req-2")
                .containsEntry("error", null);
        JsonNode fields = JSON.readTree((String) row.get("fields"));
        assertThat(fields.size()).isEqualTo(3);
        assertThat(fields.get("tenant").asText()).isEqualTo("acme");
        assertThat(fields.get("order_id").asText()).isEqualTo("T2-4711");
        assertThat(fields.get("amount").asInt()).isEqualTo(4711);

        Map<String, Object> failed = rows("SELECT level, message, error::text AS error FROM logs"
                        + " WHERE fields->>'order_id' = 'T1-10000'")
                .get(0);
        assertThat(failed).containsEntry("level", "ERROR").containsEntry("message", "order T1-10000 failed");
        JsonNode error = JSON.readTree((String) failed.get("error"));
        assertThat(error.get("message").asText()).isEqualTo("stock failed for T1-10000");
        assertThat(error.get("stack").asText())
                .startsWith("java.lang.IllegalStateException: stock failed for T1-10000")
                .contains("\tat ");
    }

    @Test
    void createTable_makesTheDocumentedColumnTypes() throws Exception {
        JdbcLogs logs = logs(Map.of());
        try (logs.system) {
            logs.system.logger("shop").info("first");
            logs.awaitAnswered(1, Duration.ofSeconds(30));
        }
        Map<String, String> types = new HashMap<>();
        for (Map<String, Object> column : rows("SELECT column_name, data_type, is_nullable FROM"
                + " information_schema.columns WHERE table_name = 'logs'")) {
            types.put((String) column.get("column_name"), column.get("data_type") + " " + column.get("is_nullable"));
        }
        assertThat(types)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("event_id", "uuid NO"),
                        Map.entry("ts", "timestamp with time zone NO"),
                        Map.entry("level", "text NO"),
                        Map.entry("logger", "text NO"),
                        Map.entry("message", "text NO"),
                        Map.entry("thread", "text NO"),
                        Map.entry("service", "text YES"),
                        Map.entry("trace_id", "text YES"),
                        Map.entry("request_id", "text YES"),
                        Map.entry("fields", "jsonb NO"),
                        Map.entry("error", "jsonb YES")));
        assertThat(count("SELECT count(*) FROM information_schema.table_constraints WHERE table_name = 'logs'"
                        + " AND constraint_type = 'PRIMARY KEY'"))
                .isEqualTo(1);
    }

    @Test
    void hostileValues_areStoredIntactOrReplacedAsDocumented_withoutLosingTheirBatch() throws Exception {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("quote", "it's \"quoted\" '' \\\" ");
        values.put("backslash", "C:\\path\\n\\u0000 \\\\");
        values.put("sql", "'); DROP TABLE logs; --");
        values.put("json", "{\"a\":[1,2,}");
        values.put("control", "tab\there\nnew line\r\u0001\u001f\u007f");
        values.put("separators", "a\u2028b\u2029c");
        values.put("emoji", "pay 😀 now");
        values.put("array", "{\"x\",\"y\"} NULL {}");
        Map<String, String> replaced = Map.of(
                "nul", "nul\u0000byte",
                "high", "lone \uD800 high",
                "low", "lone \uDC00 low",
                "reversed", "\uDC00\uD800");
        String huge = "x".repeat(200_000);
        JdbcLogs logs = logs(Map.of("cairn.sink.db.batch.max-records", "1000", "cairn.max-value-length", "100000"));
        try (logs.system) {
            Logger log = logs.system.logger("hostile");
            values.forEach((name, value) -> log.info(value, kv("case", name), kv("value", value)));
            replaced.forEach((name, value) -> log.info(value, kv("case", name), kv("value", value)));
            log.info("weird keys", kv("case", "keys"), kv("ke\"y\u0000", "v"), kv("k\\", "w"));
            log.info("huge", kv("case", "huge"), kv("value", huge));
            log.info("nested", kv("case", "nested"), kv("value", Map.of("in\u0000ner", List.of("a\u0000", 1, true))));
            logs.awaitAnswered(values.size() + replaced.size() + 3, Duration.ofSeconds(30));
            assertThat(logs.delivery().delivered()).isEqualTo(values.size() + replaced.size() + 3);
            assertThat(logs.delivery().rejected()).isZero();
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Map<String, Object> row =
                    rows("SELECT message, fields->>'value' AS value FROM logs WHERE fields->>'case' = '"
                                    + entry.getKey() + "'")
                            .get(0);
            assertThat(row).as(entry.getKey()).containsEntry("message", entry.getValue());
            assertThat(row).as(entry.getKey()).containsEntry("value", entry.getValue());
        }
        for (Map.Entry<String, String> entry : replaced.entrySet()) {
            String expected = entry.getValue()
                    .replace('\u0000', '\uFFFD')
                    .replace('\uD800', '\uFFFD')
                    .replace('\uDC00', '\uFFFD');
            Map<String, Object> row =
                    rows("SELECT message, fields->>'value' AS value FROM logs WHERE fields->>'case' = '"
                                    + entry.getKey() + "'")
                            .get(0);
            assertThat(row).as(entry.getKey()).containsEntry("message", expected);
            assertThat(row).as(entry.getKey()).containsEntry("value", expected);
        }
        JsonNode keys = JSON.readTree((String) rows("SELECT fields::text AS f FROM logs WHERE fields->>'case' = 'keys'")
                .get(0)
                .get("f"));
        assertThat(keys.get("ke\"y\uFFFD").asText()).isEqualTo("v");
        assertThat(keys.get("k\\").asText()).isEqualTo("w");
        String hugeValue = (String) rows("SELECT fields->>'value' AS v FROM logs WHERE fields->>'case' = 'huge'")
                .get(0)
                .get("v");
        assertThat(hugeValue).isEqualTo("x".repeat(100_000) + "…[truncated 100000 chars]");
        JsonNode nested =
                JSON.readTree((String) rows("SELECT fields::text AS f FROM logs WHERE fields->>'case' =" + " 'nested'")
                        .get(0)
                        .get("f"));
        assertThat(nested.get("value").get("in\uFFFDner").toString()).isEqualTo("[\"a\uFFFD\",1,true]");
        assertThat(logs.diagnostics())
                .contains("a value held a NUL character or a lone surrogate")
                .contains(" values had a NUL character or a lone surrogate replaced by U+FFFD, 1 values were cut");
    }

    @Test
    void aRowTheDatabaseRefuses_isRejectedAlone_theRestOfItsBatchIsStored() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(PostgresDdl.TABLE.replace(
                    "message text NOT NULL", "message text NOT NULL CHECK (message" + " <> 'poison')"));
        }
        JdbcLogs logs = logs(Map.of("cairn.sink.db.batch.max-records", "10", "cairn.sink.db.create-table", "false"));
        try (logs.system) {
            Logger log = logs.system.logger("shop");
            for (int i = 0; i < 10; i++) {
                log.info(i == 4 ? "poison" : "fine " + i);
            }
            logs.awaitAnswered(10, Duration.ofSeconds(30));
            LogStats.DeliveryStats stats = logs.delivery();
            assertThat(stats.delivered()).isEqualTo(9);
            assertThat(stats.rejected()).isEqualTo(1);
            assertThat(stats.retried()).isZero();
            // The sink goes on: the next batch is written as usual.
            log.info("after");
            logs.awaitAnswered(11, Duration.ofSeconds(30));
            assertThat(logs.delivery().delivered()).isEqualTo(10);
        }
        assertThat(count("SELECT count(*) FROM logs")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM logs WHERE message = 'poison'")).isZero();
        assertThat(logs.diagnostics())
                .contains("rejected 1 of 10 records: event_id ")
                .contains("SQLState 23514")
                .contains("violates check constraint");
    }

    @Test
    void aMissingTable_isRetriedWithBackoff_untilItIsCreated_thenEveryRecordIsWrittenOnce() throws Exception {
        JdbcLogs logs = logs(Map.of("cairn.sink.db.create-table", "false"));
        try (logs.system) {
            Logger log = logs.system.logger("shop");
            for (int i = 0; i < 100; i++) {
                log.info("order {}", i, kv("order_id", i));
            }
            logs.system.flush();
            dev.cairn.testing.Await.until(
                    logs::delivery,
                    stats -> stats.retried() > 0,
                    () -> "a retry: " + logs.system.stats().sink("db"));
            assertThat(logs.delivery().delivered()).isZero();
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute(PostgresDdl.TABLE);
            }
            logs.awaitAnswered(100, Duration.ofSeconds(30));
            assertThat(logs.delivery().delivered()).isEqualTo(100);
            assertThat(logs.delivery().rejected()).isZero();
        }
        assertThat(count("SELECT count(DISTINCT fields->>'order_id') FROM logs"))
                .isEqualTo(100);
        assertThat(count("SELECT count(*) FROM logs")).isEqualTo(100);
        assertThat(logs.diagnostics())
                .contains("relation \"logs\" does not exist")
                .contains("spooling meanwhile");
    }

    @Test
    void aDataSourceGivenInCode_andAUserAndPasswordFromTheEnvironment_neverShowTheCredentials() throws Exception {
        String secret = "pw-" + UUID.randomUUID();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.urlWithoutUser());
        try (JdbcDataSources.Registration registration = JdbcDataSources.register("orders-db", dataSource)) {
            JdbcLogs logs = new JdbcLogs(
                    dir,
                    Map.of("DB_USER", database.user(), "DB_PASSWORD", secret),
                    Map.of(
                            "cairn.sink.db.data-source", "orders-db",
                            "cairn.sink.db.user", "${DB_USER}",
                            "cairn.sink.db.password", "${DB_PASSWORD}",
                            "cairn.sink.db.table", "audit_log",
                            "cairn.sink.db.create-table", "true"));
            try (logs.system) {
                logs.system.logger("shop").info("through a data source", kv("order_id", "A-1"));
                logs.awaitAnswered(1, Duration.ofSeconds(30));
                assertThat(logs.delivery().delivered()).isEqualTo(1);
                assertThat(logs.system.stats().toString()).doesNotContain(secret);
            }
            assertThat(logs.diagnostics()).doesNotContain(secret);
        }
        assertThat(count("SELECT count(*) FROM audit_log WHERE fields->>'order_id' = 'A-1'"))
                .isEqualTo(1);
        assertThat(JdbcDataSources.find("orders-db")).isEmpty();
    }

    @Test
    void theTimestampColumn_keepsMicroseconds() throws Exception {
        JdbcLogs logs = logs(Map.of());
        Instant before = Instant.now();
        try (logs.system) {
            logs.system.logger("shop").info("now");
            logs.awaitAnswered(1, Duration.ofSeconds(30));
        }
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT ts FROM logs")) {
            result.next();
            OffsetDateTime ts = result.getObject(1, OffsetDateTime.class);
            assertThat(ts.toInstant()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(ts.toInstant()).isBeforeOrEqualTo(Instant.now());
        }
    }

    enum Color {
        RED
    }

    @Test
    void fieldValues_areWrittenAsTheJsonFormatWritesThem_sensitiveKeysRedacted() throws Exception {
        Map<String, Object> nested = new java.util.LinkedHashMap<>();
        nested.put("password", "hunter2");
        nested.put("depth", Map.of("api_key", "k-123", "ok", List.of(1, 2.5, false)));
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        };
        JdbcLogs logs = logs(Map.of("cairn.file", "records.json", "cairn.format", "json"));
        try (logs.system) {
            logs.system
                    .logger("shop")
                    .info(
                            "values",
                            kv("int", 42),
                            kv("long", Long.MAX_VALUE),
                            kv("big", new java.math.BigDecimal("123456789012345678901234567890.5")),
                            kv("nan", Double.NaN),
                            kv("bool", true),
                            kv("nothing", null),
                            kv("ints", new int[] {1, 2, 3}),
                            kv("list", List.of("a", 1)),
                            kv("nested", nested),
                            kv("optional", java.util.Optional.of("here")),
                            kv("instant", Instant.parse("2026-01-02T03:04:05Z")),
                            kv("duration", Duration.ofMillis(1500)),
                            kv("color", Color.RED),
                            kv("token", "secret-token"),
                            kv("throwing", throwing));
            logs.awaitAnswered(1, Duration.ofSeconds(30));
        }
        JsonNode line = JSON.readTree(
                java.nio.file.Files.readAllLines(dir.resolve("records.json")).get(0));
        JsonNode fields = JSON.readTree(
                (String) rows("SELECT fields::text AS f FROM logs").get(0).get("f"));
        assertThat(fields.size()).isEqualTo(15);
        fields.fieldNames()
                .forEachRemaining(key -> assertThat(fields.get(key)).as(key).isEqualTo(line.get(key)));
        assertThat(fields.get("token").asText()).isEqualTo("[REDACTED]");
        assertThat(fields.get("nested").get("password").asText()).isEqualTo("[REDACTED]");
        assertThat(fields.get("nested").get("depth").get("api_key").asText()).isEqualTo("[REDACTED]");
        assertThat(fields.get("throwing").asText()).contains("threw java.lang.IllegalStateException");
        assertThat(fields.toString()).doesNotContain("hunter2", "k-123", "secret-token");
    }
}
