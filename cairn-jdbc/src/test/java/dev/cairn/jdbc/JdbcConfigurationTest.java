package dev.cairn.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.jdbc.internal.JdbcSinkProvider;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.ServiceRegistration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration of a {@code jdbc} sink: one clear line naming the key and what is allowed, never a secret. */
class JdbcConfigurationTest {

    private static final String SECRET = "hunter2-s3cret";

    @TempDir
    Path dir;

    /** The diagnostics of a log system with a jdbc sink configured by {@code options}, after logging one record. */
    private String diagnostics(Map<String, String> options, Map<String, String> environment) throws Exception {
        JdbcLogs logs = new JdbcLogs(dir, environment, options);
        try (logs.system) {
            logs.system.logger("app").info("the application goes on");
        }
        String text = logs.diagnostics();
        assertThat(text).doesNotContain(SECRET);
        return text;
    }

    private String diagnostics(String... keyValues) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            options.put("cairn.sink.db." + keyValues[i], keyValues[i + 1]);
        }
        return diagnostics(options, Map.of("DB_PASSWORD", SECRET));
    }

    @Test
    void neitherUrlNorDataSource_isRefused() throws Exception {
        assertThat(diagnostics("table", "logs"))
                .contains("cannot open sink db of type jdbc")
                .contains("set exactly one of url (a JDBC URL) and data-source");
    }

    @Test
    void bothUrlAndDataSource_areRefused() throws Exception {
        assertThat(diagnostics("url", "jdbc:postgresql://db/logs", "data-source", "pool"))
                .contains("set exactly one of url (a JDBC URL) and data-source");
    }

    @Test
    void aUrlThatIsNotJdbc_isRefusedWithoutQuotingIt() throws Exception {
        assertThat(diagnostics("url", "postgres://admin:" + SECRET + "@db/logs"))
                .contains("url must be a JDBC URL starting with jdbc:");
    }

    @Test
    void aPasswordInTheUrl_isRefused() throws Exception {
        assertThat(diagnostics("url", "jdbc:postgresql://db/logs?user=app&password=" + SECRET))
                .contains("url holds a password: set password=${VARIABLE}");
    }

    @Test
    void aPasswordWrittenInTheConfiguration_isRefused() throws Exception {
        assertThat(diagnostics("url", "jdbc:postgresql://db/logs", "password", SECRET))
                .contains("password must name an environment variable as ${VARIABLE}");
    }

    @Test
    void aPasswordVariableThatIsNotSet_isNamed() throws Exception {
        assertThat(diagnostics("url", "jdbc:postgresql://db/logs", "password", "${LOGS_DB_PASSWORD}"))
                .contains("password uses ${LOGS_DB_PASSWORD}, which is not set");
    }

    @Test
    void aUrlNoDriverAccepts_namesTheMissingDriver() throws Exception {
        assertThat(diagnostics("url", "jdbc:nosuchdb://db/logs"))
                .contains("no JDBC driver on the class path accepts the url (jdbc:nosuchdb…): add the database's"
                        + " driver");
    }

    @Test
    void aDataSourceNotRegistered_saysHowToRegisterIt() throws Exception {
        assertThat(diagnostics("data-source", "orders-db"))
                .contains("data-source orders-db is not registered: call JdbcDataSources.register(\"orders-db\"");
    }

    @Test
    void aTableNameThatIsNotAnIdentifier_isRefusedNamingWhatIsAllowed() throws Exception {
        assertThat(diagnostics("url", "jdbc:postgresql://127.0.0.1:1/logs", "table", "logs; DROP TABLE users"))
                .contains("cairn.sink.db.table")
                .contains("a table name of letters, digits and _, optionally schema-qualified");
    }

    @Test
    void badCreateTableAndTimeoutValues_nameWhatIsAllowed() throws Exception {
        String text =
                diagnostics("url", "jdbc:postgresql://127.0.0.1:1/logs", "create-table", "sometimes", "timeout", "5ms");
        assertThat(text).contains("cairn.sink.db.create-table").contains("true or false");
        assertThat(text).contains("cairn.sink.db.timeout").contains("a whole number of seconds from 1s to 600s");
    }

    @Test
    void dataSourceNames_areChecked_andRegisteredOnce() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcDataSources.register("bad name", new org.postgresql.ds.PGSimpleDataSource()))
                .withMessageContaining("invalid data source name bad name");
        try (JdbcDataSources.Registration first =
                JdbcDataSources.register("twice", new org.postgresql.ds.PGSimpleDataSource())) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> JdbcDataSources.register("twice", new org.postgresql.ds.PGSimpleDataSource()))
                    .withMessageContaining("a data source named twice is already registered");
        }
        assertThat(JdbcDataSources.find("twice")).isEmpty();
    }

    @Test
    void theProvider_isRegisteredAlikeInModuleInfoAndMetaInfServices() {
        ServiceRegistration registration = ServiceRegistration.of(JdbcSinkProvider.class, SinkProvider.class);

        assertThat(registration.declared()).containsExactly(JdbcSinkProvider.class.getName());
        assertThat(registration.listed()).isEqualTo(registration.declared());
    }
}
