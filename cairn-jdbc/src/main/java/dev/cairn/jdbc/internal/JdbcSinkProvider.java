package dev.cairn.jdbc.internal;

import dev.cairn.delivery.DeliveryChannel;
import dev.cairn.delivery.DeliveryOptions;
import dev.cairn.jdbc.JdbcDataSources;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The {@code jdbc} sink type: each record a row of a table (docs/shipping.md, "The jdbc sink"), written in batches
 * through the delivery engine, so it batches, retries, spools and counts like every network sink.
 */
public final class JdbcSinkProvider implements SinkProvider {

    public static final String TYPE = "jdbc";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern TABLE =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    /** Checked in create, without quoting it: a URL may hold credentials. */
    static final SinkOption<String> URL =
            SinkOption.of("url", "a JDBC URL such as jdbc:postgresql://db:5432/logs", "", raw -> raw);

    static final SinkOption<String> DATA_SOURCE = SinkOption.of(
            "data-source", "the name of a DataSource registered with JdbcDataSources.register", "", raw -> raw);

    /** Parsed in create: a user name or {@code ${VARIABLE}}. */
    static final SinkOption<String> USER = SinkOption.of("user", "a user name or ${VARIABLE}", "", raw -> raw);

    /** Parsed in create and never quoted: it names the environment variable that holds the password. */
    static final SinkOption<String> PASSWORD =
            SinkOption.of("password", "${VARIABLE}, the environment variable holding the password", "", raw -> raw);

    static final SinkOption<String> TABLE_NAME = SinkOption.of(
            "table",
            "a table name of letters, digits and _, optionally schema-qualified (logs, audit.cairn_logs)",
            "logs",
            raw -> {
                if (!TABLE.matcher(raw).matches()) {
                    throw new IllegalArgumentException();
                }
                return raw;
            });

    static final SinkOption<Boolean> CREATE_TABLE = SinkOption.flag("create-table", false);

    static final SinkOption<Duration> TIMEOUT = SinkOption.of(
            "timeout",
            "a whole number of seconds from 1s to 600s such as 30s",
            Duration.ofSeconds(30),
            JdbcSinkProvider::seconds);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        List<SinkOption<?>> options =
                new ArrayList<>(List.of(URL, DATA_SOURCE, USER, PASSWORD, TABLE_NAME, CREATE_TABLE, TIMEOUT));
        options.addAll(DeliveryOptions.ALL);
        return options;
    }

    @Override
    public Sink create(SinkContext context) {
        String user = context.option(USER).isEmpty() ? null : user(context.option(USER), context);
        String password = context.option(PASSWORD).isEmpty() ? null : password(context.option(PASSWORD), context);
        ConnectionSource source = source(context.option(URL), context.option(DATA_SOURCE), user, password);
        JdbcTransport transport = new JdbcTransport(
                source,
                context.option(TABLE_NAME),
                context.option(CREATE_TABLE),
                (int) context.option(TIMEOUT).toSeconds(),
                context::report);
        RowEncoder encoder = new RowEncoder(context.maxValueLength(), context::isSensitive, context.service());
        return new JdbcSink(encoder, DeliveryChannel.open(context, "", transport), transport, context::report);
    }

    private static ConnectionSource source(String url, String dataSource, String user, String password) {
        if (url.isEmpty() == dataSource.isEmpty()) {
            throw new IllegalArgumentException(
                    "set exactly one of url (a JDBC URL) and data-source (a DataSource registered in code)");
        }
        if (!dataSource.isEmpty()) {
            DataSource found = JdbcDataSources.find(dataSource)
                    .orElseThrow(() -> new IllegalArgumentException("data-source " + dataSource
                            + " is not registered: call JdbcDataSources.register(\"" + dataSource
                            + "\", dataSource) before the configuration is applied"));
            return ConnectionSource.dataSource(dataSource, found, user, password);
        }
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("url must be a JDBC URL starting with jdbc:");
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException(
                    "url holds a password: set password=${VARIABLE} to read it from the environment instead");
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new IllegalArgumentException("no JDBC driver on the class path accepts the url ("
                    + url.substring(0, Math.max(5, url.indexOf(':', 5))) + "…): add the database's driver");
        }
        return ConnectionSource.url(url, user, password);
    }

    private static String user(String raw, SinkContext context) {
        Matcher variable = VARIABLE.matcher(raw);
        return variable.matches() ? variable(variable.group(1), "user", context) : raw;
    }

    private static String password(String raw, SinkContext context) {
        Matcher variable = VARIABLE.matcher(raw);
        if (!variable.matches()) {
            throw new IllegalArgumentException("password must name an environment variable as ${VARIABLE}; a password"
                    + " written in the configuration is refused");
        }
        return variable(variable.group(1), "password", context);
    }

    private static String variable(String name, String option, SinkContext context) {
        String value = context.environmentVariable(name);
        if (value == null) {
            throw new IllegalArgumentException(option + " uses ${" + name + "}, which is not set");
        }
        return value;
    }

    private static Duration seconds(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        if (!text.endsWith("s") || text.endsWith("ms")) {
            throw new IllegalArgumentException();
        }
        try {
            long seconds = Long.parseLong(text.substring(0, text.length() - 1));
            if (seconds < 1 || seconds > 600) {
                throw new IllegalArgumentException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
