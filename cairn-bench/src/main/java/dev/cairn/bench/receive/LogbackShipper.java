package dev.cairn.bench.receive;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.Logger;

/** Logback with logstash-logback-encoder's TCP appender, from {@code receive/logback.xml}. */
final class LogbackShipper implements Shipper {

    private final LoggerContext context = new LoggerContext();
    private final Logger log;

    LogbackShipper(int port) {
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("bench.port", Integer.toString(port));
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(LogbackShipper.class.getClassLoader().getResource("receive/logback.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
        log = context.getLogger("shop");
    }

    @Override
    public String name() {
        return "Logback LogstashTcpSocketAppender (ring buffer 8192)";
    }

    @Override
    public void log(int id) {
        log.info("order {}", id);
    }

    @Override
    public void close() {
        context.stop();
    }
}
