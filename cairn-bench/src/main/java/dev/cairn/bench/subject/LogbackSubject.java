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

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/**
 * Logback configured from {@code logback/sync.xml} or {@code async.xml}, which include {@code <format>-file.xml}, in a context of its own (not the SLF4J singleton), so each
 * benchmark iteration starts from a fresh file. Key-values go through SLF4J 2's fluent API, which
 * logstash-logback-encoder writes with its {@code keyValuePairs} provider.
 */
final class LogbackSubject implements LoggingSubject {

    private final LoggerContext context = new LoggerContext();
    private final MDCAdapter mdc = new LogbackMDCAdapter();
    private final Logger log;

    /**
     * @param tunedFile the FileAppender flushes its 256 KB buffer when full (immediateFlush=false) rather than after
     *     every record with an 8 KB buffer, Logback's defaults
     */
    LogbackSubject(Path file, Format format, boolean async, boolean tunedFile) {
        context.setMDCAdapter(mdc);
        context.putProperty("bench.file", file.toString());
        context.putProperty("bench.pid", Long.toString(ProcessHandle.current().pid()));
        context.putProperty(
                "bench.format", format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        context.putProperty("bench.queueSize", Integer.toString(Variant.QUEUE_SIZE));
        context.putProperty("bench.immediateFlush", Boolean.toString(!tunedFile));
        context.putProperty("bench.bufferSize", tunedFile ? "256KB" : "8KB");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        String resource = async ? "logback/async.xml" : "logback/sync.xml";
        try {
            configurator.doConfigure(LogbackSubject.class.getClassLoader().getResource(resource));
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure Logback from " + resource, e);
        }
        log = context.getLogger(Workload.LOGGER);
    }

    @Override
    public void disabled(Object argument) {
        log.debug(DISABLED_MESSAGE, argument);
    }

    @Override
    public void record(long orderId) {
        log.atInfo()
                .addKeyValue(ORDER_ID, orderId)
                .addKeyValue(AMOUNT, AMOUNT_VALUE)
                .addKeyValue(STATUS, STATUS_VALUE)
                .log(MESSAGE);
    }

    @Override
    public void recordWithError(long orderId, Throwable error) {
        log.atInfo()
                .addKeyValue(ORDER_ID, orderId)
                .addKeyValue(AMOUNT, AMOUNT_VALUE)
                .addKeyValue(STATUS, STATUS_VALUE)
                .setCause(error)
                .log(MESSAGE);
    }

    @Override
    public ContextScope enterContext() {
        mdc.put(CONTEXT_KEY, CONTEXT_VALUE);
        return () -> mdc.remove(CONTEXT_KEY);
    }

    /** Stops the context: the AsyncAppender drains its whole queue (maxFlushTime 0), then the file is closed. */
    @Override
    public void close() {
        context.stop();
    }
}
