package dev.cairn.bench.receive;

import java.net.URISyntaxException;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;

/** Log4j2's SocketAppender with JsonTemplateLayout, from {@code receive/log4j2.xml}. */
final class Log4j2Shipper implements Shipper {

    private final LoggerContext context;
    private final Logger log;

    Log4j2Shipper(int port) {
        System.setProperty("bench.port", Integer.toString(port));
        try {
            context = new LoggerContext(
                    "receive-bench",
                    null,
                    Log4j2Shipper.class
                            .getClassLoader()
                            .getResource("receive/log4j2.xml")
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        context.start();
        log = context.getLogger("shop");
    }

    @Override
    public String name() {
        return "Log4j2 SocketAppender (no buffer)";
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
