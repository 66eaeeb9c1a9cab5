/**
 * The {@code jdbc} sink type ({@code cairn.sink.<name>.type=jdbc}): each record one row of a documented table, written
 * in batches that a retry can never insert twice. {@link dev.cairn.jdbc.JdbcDataSources} gives a sink a
 * {@link javax.sql.DataSource} from code instead of a URL.
 */
package dev.cairn.jdbc;
