package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.management.LogSystemMXBean;
import dev.cairn.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log system's MBean, read and driven through a real JMX connection to a second JVM. */
class JmxTest {

    private static final String CHECKOUT = "dev.cairn:type=LogSystem,name=checkout";

    @Test
    void aSecondJvm_readsTheFigures_setsALevel_andSeesTheMBeanGoOnClose(@TempDir Path dir) throws Exception {
        Process child =
                ChildJvm.main(JmxChild.class).in(dir).jvmArguments("-Xmx128m").start();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                PrintStream in = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String address = out.readLine();
            assertThat(address).startsWith("service:jmx:rmi://127.0.0.1");
            try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                MBeanServerConnection connection = connector.getMBeanServerConnection();
                ObjectName name = new ObjectName(CHECKOUT);
                assertThat(connection.isRegistered(name)).isTrue();

                // Raw attributes, as a JMX console sees them: open types, no Cairn class needed.
                assertThat(connection.getAttribute(name, "RecordsTotal")).isEqualTo(3L);
                assertThat(rows((TabularData) connection.getAttribute(name, "Records")))
                        .containsEntry("checkout.info", 2L)
                        .containsEntry("checkout.error", 1L);
                assertThat(rows((TabularData) connection.getAttribute(name, "ErrorsByType")))
                        .containsEntry("java.lang.IllegalStateException", 1L);

                LogSystemMXBean bean = JMX.newMXBeanProxy(connection, name, LogSystemMXBean.class);
                assertThat(bean.getService()).isEqualTo("checkout");
                assertThat(bean.getRecordsByLogger()).containsEntry("shop.cart", 3L);
                assertThat(bean.getSinkWritten()).containsEntry("file", 3L);
                assertThat(bean.getSinkBytes().get("file")).isEqualTo(java.nio.file.Files.size(dir.resolve("app.log")));
                assertThat(bean.getQueueCapacity()).isPositive();
                assertThat(bean.getLoggerLevel("shop.cart")).isEqualTo("INFO");

                bean.setLoggerLevel("shop", "DEBUG");
                assertThat(bean.getLoggerLevel("shop.cart")).isEqualTo("DEBUG");
                in.println("debug");
                assertThat(out.readLine()).isEqualTo("done");
                assertThat(bean.getRecordsByLevel()).containsEntry("DEBUG", 1L);
                assertThat(java.nio.file.Files.readString(dir.resolve("app.log")))
                        .contains("now visible");

                assertThatThrownBy(() -> bean.setLoggerLevel("shop", "LOUD"))
                        .hasMessageContaining("invalid level \"LOUD\"");

                in.println("close");
                assertThat(out.readLine()).isEqualTo("done");
                assertThat(connection.isRegistered(name)).isFalse();
            }
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void theMBeanIsOff_whenCairnJmxIsFalse() throws Exception {
        ObjectName name = new ObjectName("dev.cairn:type=LogSystem,name=jmx-off");
        try (LogSystem logs = TestLogs.isolated(Path.of("target"), new ByteArrayOutputStream())
                .configure(
                        c -> c.service("jmx-off").set("cairn.console", "none").set("cairn.jmx", "false"))
                .build()) {
            assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name))
                    .isFalse();
            logs.reconfigure(c -> c.service("jmx-off").set("cairn.console", "none"));
            assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name))
                    .isTrue();
        }
        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name))
                .isFalse();
    }

    @Test
    void twoLogSystemsOfOneService_getTwoNames() throws Exception {
        try (LogSystem first = TestLogs.isolated(Path.of("target"), new ByteArrayOutputStream())
                        .configure(c -> c.service("twin").set("cairn.console", "none"))
                        .build();
                LogSystem second = TestLogs.isolated(Path.of("target"), new ByteArrayOutputStream())
                        .configure(c -> c.service("twin").set("cairn.console", "none"))
                        .build()) {
            first.logger("a").info("x");
            var server = ManagementFactory.getPlatformMBeanServer();
            assertThat(server.getAttribute(new ObjectName("dev.cairn:type=LogSystem,name=twin"), "RecordsTotal"))
                    .isEqualTo(1L);
            assertThat(server.getAttribute(new ObjectName("dev.cairn:type=LogSystem,name=twin-2"), "RecordsTotal"))
                    .isEqualTo(0L);
        }
    }

    private static java.util.Map<String, Long> rows(TabularData table) {
        java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (Object row : table.values()) {
            CompositeData data = (CompositeData) row;
            rows.put((String) data.get("key"), (Long) data.get("value"));
        }
        return rows;
    }
}
