package dev.cairn.bench.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The connection factory Log4j2's JdbcAppender calls (its {@code ConnectionFactory} element): a HikariCP pool. */
public final class Log4jConnections {

    private static volatile HikariDataSource pool;

    private Log4jConnections() {}

    static void use(HikariDataSource dataSource) {
        pool = dataSource;
    }

    /** Called by Log4j2 for each buffer it writes. */
    public static Connection getConnection() throws SQLException {
        return pool.getConnection();
    }
}
