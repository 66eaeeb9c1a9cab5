package dev.cairn.jdbc;

/** The table as docs/shipping.md documents it, for tests that create it themselves. */
final class PostgresDdl {

    static final String TABLE = "CREATE TABLE logs ("
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

    private PostgresDdl() {}
}
