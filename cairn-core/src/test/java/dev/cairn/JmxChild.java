package dev.cairn;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The child JVM of {@link JmxTest}: a log system of service {@code checkout} writing to {@code app.log}, and a JMX
 * connector server on loopback whose address it prints first. Then, per line read: {@code debug} logs a DEBUG record
 * of logger {@code shop.cart}, {@code close} closes the log system; each answers {@code done} once finished.
 */
public final class JmxChild {

    public static void main(String[] args) throws Exception {
        JMXConnectorServer server = JMXConnectorServerFactory.newJMXConnectorServer(
                new JMXServiceURL("rmi", "127.0.0.1", 0), Map.of(), ManagementFactory.getPlatformMBeanServer());
        server.start();
        LogSystem logs = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(Path.of(""))
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> c.service("checkout")
                        .set("cairn.console", "none")
                        .format(Format.JSON)
                        .file(Path.of("app.log")))
                .build();
        Logger log = logs.logger("shop.cart");
        log.info("one");
        log.info("two");
        log.error("failed", new IllegalStateException("no stock"));
        logs.flush();
        System.out.println(server.getAddress());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("debug")) {
                log.debug("now visible");
                logs.flush();
            } else if (line.equals("close")) {
                logs.close();
            }
            System.out.println("done");
        }
        server.stop();
    }
}
