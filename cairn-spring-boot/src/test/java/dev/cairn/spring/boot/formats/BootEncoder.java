package dev.cairn.spring.boot.formats;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Spring Boot's structured logging on Logback, writing the comparison's record. A class of its own so that the test
 * class loads without Logback (JUnit inspects every test class, in every surefire execution).
 */
final class BootEncoder {

    private BootEncoder() {}

    /** The record as Spring Boot's {@code StructuredLogEncoder} writes it in {@code format}, without its newline. */
    static String record(String format, Instant at, Throwable failure) {
        LoggerContext context = new LoggerContext();
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "logging.structured.ecs.service.name", "shop",
                                "logging.structured.ecs.service.version", "1.4.2",
                                "logging.structured.ecs.service.environment", "prod")));
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        LoggingEvent event = new LoggingEvent();
        event.setLoggerContext(context);
        event.setLevel(ch.qos.logback.classic.Level.ERROR);
        event.setLoggerName("shop.checkout");
        event.setMessage("payment failed");
        event.setThreadName(Thread.currentThread().getName());
        event.setInstant(at);
        event.setMDCPropertyMap(Map.of("request_id", "r-1"));
        event.addKeyValuePair(new KeyValuePair("order_id", 42));
        event.setThrowableProxy(new ThrowableProxy(failure));
        return new String(encoder.encode(event), StandardCharsets.UTF_8).trim();
    }
}
