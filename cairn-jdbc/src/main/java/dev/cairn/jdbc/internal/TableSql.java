package dev.cairn.jdbc.internal;

/**
 * The SQL of the sink's table in one database's dialect: its DDL and the statement that inserts rows.
 *
 * <p>PostgreSQL: one statement per batch, {@code INSERT … SELECT * FROM unnest(?::uuid[], …) ON CONFLICT (event_id)
 * DO NOTHING}, with each column's values bound as one array: eleven parameters whatever the batch size, one round trip,
 * and a retried batch inserts only the rows that are missing. Other databases: a JDBC batch of single-row INSERTs in
 * one transaction.
 */
enum TableSql {
    POSTGRESQL {
        @Override
        String createTable(String table) {
            return "CREATE TABLE IF NOT EXISTS " + table + " ("
                    + "event_id uuid PRIMARY KEY, "
                    + "ts timestamptz NOT NULL, "
                    + "level text NOT NULL, "
                    + "logger text NOT NULL, "
                    + "message text NOT NULL, "
                    + "thread text NOT NULL, "
                    + "service text, "
                    + "trace_id text, "
                    + "request_id text, "
                    + "fields jsonb NOT NULL, "
                    + "error jsonb)";
        }

        @Override
        String insert(String table) {
            return "INSERT INTO " + table + " (" + COLUMNS + ") SELECT * FROM unnest(?::uuid[], ?::timestamptz[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::jsonb[],"
                    + " ?::jsonb[]) ON CONFLICT (event_id) DO NOTHING";
        }
    },

    STANDARD {
        @Override
        String createTable(String table) {
            return "CREATE TABLE IF NOT EXISTS " + table + " ("
                    + "event_id CHAR(36) PRIMARY KEY, "
                    + "ts TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "level VARCHAR(5) NOT NULL, "
                    + "logger VARCHAR(4000) NOT NULL, "
                    + "message CLOB NOT NULL, "
                    + "thread VARCHAR(4000) NOT NULL, "
                    + "service VARCHAR(4000), "
                    + "trace_id VARCHAR(4000), "
                    + "request_id VARCHAR(4000), "
                    + "fields CLOB NOT NULL, "
                    + "error CLOB)";
        }

        @Override
        String insert(String table) {
            return "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }
    };

    static final String COLUMNS =
            "event_id, ts, level, logger, message, thread, service, trace_id, request_id, fields, error";

    abstract String createTable(String table);

    abstract String insert(String table);

    /** The dialect of a database, by the product name its driver reports. */
    static TableSql of(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName) ? POSTGRESQL : STANDARD;
    }
}
