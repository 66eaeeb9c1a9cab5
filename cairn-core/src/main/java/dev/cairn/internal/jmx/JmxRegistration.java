package dev.cairn.internal.jmx;

import dev.cairn.LogSystem;
import dev.cairn.internal.Diagnostics;
import java.lang.management.ManagementFactory;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * One log system's MBean on the platform MBean server, named {@code dev.cairn:type=LogSystem,name=<service>}, or
 * {@code <service>-2}, {@code -3}… when the name is taken (two log systems of one service in one JVM).
 */
public final class JmxRegistration implements AutoCloseable {

    private final MBeanServer server;
    private final ObjectName name;
    private final String service;

    private JmxRegistration(MBeanServer server, ObjectName name, String service) {
        this.server = server;
        this.name = name;
        this.service = service;
    }

    /**
     * Registers {@code system}'s MBean under {@code service}; null when that failed, which is reported on
     * {@code diagnostics} (logging goes on without it).
     */
    public static JmxRegistration register(LogSystem system, String service, Diagnostics diagnostics) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            LogSystemBean bean = new LogSystemBean(system, service);
            for (int n = 1; ; n++) {
                ObjectName name = nameFor(n == 1 ? service : service + "-" + n);
                try {
                    server.registerMBean(bean, name);
                    return new JmxRegistration(server, name, service);
                } catch (InstanceAlreadyExistsException taken) {
                    // Another log system of the same service: try the next name.
                }
            }
        } catch (JMException | RuntimeException e) {
            diagnostics.warn(
                    "the log system's MBean could not be registered (" + e + "); set cairn.jmx=false to not" + " try");
            return null;
        }
    }

    /** The MBean's name for {@code service}, quoted when it holds characters an object name does not allow. */
    static ObjectName nameFor(String service) throws JMException {
        String value = service.matches("[A-Za-z0-9._@-]+") ? service : ObjectName.quote(service);
        return new ObjectName("dev.cairn:type=LogSystem,name=" + value);
    }

    /** The service the MBean was registered for. */
    public String service() {
        return service;
    }

    /** The name the MBean was registered under. */
    public String objectName() {
        return name.getCanonicalName();
    }

    /** Unregisters the MBean; doing it twice is harmless. */
    @Override
    public void close() {
        try {
            server.unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            // Already gone.
        } catch (JMException e) {
            // The platform server refuses nothing of ours; nothing is left to do.
        }
    }
}
