/**
 * The {@code jdbc} sink type: records as rows of a database table through plain JDBC, batched, retried and spooled by
 * Cairn's delivery engine. The JDBC driver is the application's.
 */
module dev.cairn.jdbc {
    requires transitive dev.cairn;
    requires transitive java.sql;

    exports dev.cairn.jdbc;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.jdbc.internal.JdbcSinkProvider;
}
