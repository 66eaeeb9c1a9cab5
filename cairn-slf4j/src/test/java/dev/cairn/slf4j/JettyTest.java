package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Level;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** Real Jetty 12, which logs through SLF4J 2, starting and stopping a server on a free loopback port. */
class JettyTest {

    @Test
    void jettysRecords_arriveAsCairnJson_withJettysLoggerNamesAndLevels() throws Exception {
        JsonConsole console = JsonConsole.configure(c -> c.level(Level.INFO).level("org.eclipse.jetty", Level.INFO));

        runServer();

        List<JsonNode> jetty = console.recordsOf("org.eclipse.jetty");
        assertThat(jetty)
                .extracting(r -> r.get("logger").asText())
                .contains("org.eclipse.jetty.server.Server", "org.eclipse.jetty.server.AbstractConnector");
        assertThat(jetty).allSatisfy(r -> assertThat(r.get("level").asText()).isIn("INFO", "WARN", "ERROR"));
        assertThat(jetty).anySatisfy(r -> {
            assertThat(r.get("logger").asText()).isEqualTo("org.eclipse.jetty.server.Server");
            assertThat(r.get("level").asText()).isEqualTo("INFO");
            assertThat(r.get("message").asText()).startsWith("jetty-12.");
        });
        assertThat(jetty)
                .anySatisfy(r -> assertThat(r.get("message").asText())
                        .startsWith("Started oejs.ServerConnector@")
                        .contains("127.0.0.1"));
        assertThat(jetty)
                .allSatisfy(r -> assertThat(r.fieldNames())
                        .toIterable()
                        .contains("timestamp", "level", "logger", "message", "thread", "process"));
    }

    @Test
    void cairnLevel_quietsJetty() throws Exception {
        JsonConsole console = JsonConsole.configure(c -> c.level(Level.INFO).level("org.eclipse.jetty", Level.WARN));

        runServer();

        assertThat(console.recordsOf("org.eclipse.jetty")).isEmpty();
    }

    @Test
    void cairnLevel_opensJettysDebugRecords() throws Exception {
        JsonConsole console =
                JsonConsole.configure(c -> c.level(Level.INFO).level("org.eclipse.jetty.server.Server", Level.DEBUG));

        runServer();

        List<String> levels = console.recordsOf("org.eclipse.jetty").stream()
                .filter(r -> r.get("logger").asText().equals("org.eclipse.jetty.server.Server"))
                .map(r -> r.get("level").asText())
                .collect(Collectors.toList());
        assertThat(levels).contains("DEBUG", "INFO");
        assertThat(console.recordsOf("org.eclipse.jetty"))
                .filteredOn(r -> !r.get("logger").asText().equals("org.eclipse.jetty.server.Server"))
                .as("only Server was opened to DEBUG")
                .allSatisfy(r -> assertThat(r.get("level").asText()).isIn("INFO", "WARN", "ERROR"));
    }

    private static void runServer() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.start();
        try {
            assertThat(connector.getLocalPort()).isPositive();
        } finally {
            server.stop();
        }
    }
}
