package dev.cairn.bench.subject;

import static dev.cairn.bench.subject.Workload.AMOUNT;
import static dev.cairn.bench.subject.Workload.AMOUNT_VALUE;
import static dev.cairn.bench.subject.Workload.CONTEXT_KEY;
import static dev.cairn.bench.subject.Workload.CONTEXT_VALUE;
import static dev.cairn.bench.subject.Workload.DISABLED_MESSAGE;
import static dev.cairn.bench.subject.Workload.MESSAGE;
import static dev.cairn.bench.subject.Workload.ORDER_ID;
import static dev.cairn.bench.subject.Workload.STATUS;
import static dev.cairn.bench.subject.Workload.STATUS_VALUE;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.apache.logging.log4j.message.MapMessage;

/**
 * Log4j2 configured from {@code log4j2/<format>.xml} in a context of its own. All-asynchronous loggers use an
 * {@link AsyncLoggerContext}, which is exactly what {@code AsyncLoggerContextSelector} creates, without making it the
 * process-wide selector. Key-values travel in a {@link MapMessage}, Log4j2's structured message, whose entries
 * JsonTemplateLayout's {@code map} resolver writes with their types.
 */
final class Log4j2Subject implements LoggingSubject {

    /** How records reach the file. */
    enum Mode {
        SYNC,
        ASYNC_APPENDER,
        ASYNC_LOGGERS
    }

    static {
        // Log4j2 reads these once; its garbage-free default ring buffer is only 4,096 slots, so match the others'.
        System.setProperty("log4j2.asyncLoggerRingBufferSize", Integer.toString(Variant.QUEUE_SIZE));
    }

    private final LoggerContext context;
    private final Logger log;

    Log4j2Subject(Path file, Format format, Mode mode) {
        // The configuration files read these through ${sys:...}: Log4j2 has no per-context variables before start.
        System.setProperty("bench.file", file.toString());
        System.setProperty("bench.pid", Long.toString(ProcessHandle.current().pid()));
        System.setProperty("bench.appender", mode == Mode.ASYNC_APPENDER ? "ASYNC" : "FILE");
        // Synchronous: flush every record, the default. Asynchronous: Log4j2 flushes at the end of each batch.
        System.setProperty("bench.immediateFlush", Boolean.toString(mode == Mode.SYNC));
        System.setProperty("bench.queueSize", Integer.toString(Variant.QUEUE_SIZE));
        String resource = format == Format.TEXT ? "log4j2/text.xml" : "log4j2/json.xml";
        try {
            var location =
                    Log4j2Subject.class.getClassLoader().getResource(resource).toURI();
            context = mode == Mode.ASYNC_LOGGERS
                    ? new AsyncLoggerContext("bench-async", null, location)
                    : new LoggerContext("bench", null, location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(resource, e);
        }
        context.start();
        if (context instanceof AsyncLoggerContext) {
            long slots = ((AsyncLoggerContext) context).createRingBufferAdmin().getBufferSize();
            if (slots != Variant.QUEUE_SIZE) {
                throw new IllegalStateException(
                        "Log4j2 ring buffer has " + slots + " slots, not " + Variant.QUEUE_SIZE);
            }
        }
        log = context.getLogger(Workload.LOGGER);
    }

    @Override
    public void disabled(Object argument) {
        log.debug(DISABLED_MESSAGE, argument);
    }

    @Override
    public void record(long orderId) {
        log.info(message(orderId));
    }

    @Override
    public void recordWithError(long orderId, Throwable error) {
        log.info(message(orderId), error);
    }

    private static MapMessage<?, Object> message(long orderId) {
        return new MapMessage<>(4)
                .with("message", MESSAGE)
                .with(ORDER_ID, orderId)
                .with(AMOUNT, AMOUNT_VALUE)
                .with(STATUS, STATUS_VALUE);
    }

    @Override
    public ContextScope enterContext() {
        ThreadContext.put(CONTEXT_KEY, CONTEXT_VALUE);
        return () -> ThreadContext.remove(CONTEXT_KEY);
    }

    /** Stops the context: the ring buffer or AsyncAppender queue is drained, then the file is closed. */
    @Override
    public void close() {
        context.stop();
    }
}
