package dev.cairn.jdbc.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where the sink's connection comes from: a URL through {@link DriverManager} (the driver is on the application's
 * class path), or a {@link DataSource} registered in code. Holds the password; its {@code toString} never shows it.
 */
abstract sealed class ConnectionSource {

    abstract Connection open() throws SQLException;

    static ConnectionSource url(String url, String user, String password) {
        return new Url(url, user, password);
    }

    static ConnectionSource dataSource(String name, DataSource dataSource, String user, String password) {
        return new FromDataSource(name, dataSource, user, password);
    }

    private static final class Url extends ConnectionSource {
        private final String url;
        private final Properties properties = new Properties();

        Url(String url, String user, String password) {
            this.url = url;
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
        }

        @Override
        Connection open() throws SQLException {
            return DriverManager.getConnection(url, properties);
        }

        /** The URL without its query; only its database type when it holds an {@code @}, as credentials may precede it. */
        @Override
        public String toString() {
            int query = url.indexOf('?');
            String shown = query < 0 ? url : url.substring(0, query);
            if (shown.indexOf('@') >= 0) {
                int type = url.indexOf(':', 5);
                return (type < 0 ? "jdbc" : url.substring(0, type)) + ":…";
            }
            return shown;
        }
    }

    private static final class FromDataSource extends ConnectionSource {
        private final String name;
        private final DataSource dataSource;
        private final String user;
        private final String password;

        FromDataSource(String name, DataSource dataSource, String user, String password) {
            this.name = name;
            this.dataSource = dataSource;
            this.user = user;
            this.password = password;
        }

        @Override
        Connection open() throws SQLException {
            return user == null ? dataSource.getConnection() : dataSource.getConnection(user, password);
        }

        @Override
        public String toString() {
            return "data source " + name;
        }
    }
}
