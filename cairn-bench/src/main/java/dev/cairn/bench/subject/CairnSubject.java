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

import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Cairn with its own file sink; isolated from the environment so nothing outside the benchmark changes it. */
final class CairnSubject implements LoggingSubject {

    private final LogSystem system;
    private final Logger log;

    CairnSubject(Path file, Format format, boolean async) {
        system = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .configure(c -> c.set("cairn.console", "none")
                        .file(file)
                        .set("cairn.file.format", format == Format.TEXT ? "text" : "json")
                        // One growing file, as the other libraries' plain file appenders write (Cairn rolls at 10MB).
                        .set("cairn.file.max-bytes", "0")
                        .service(Workload.SERVICE)
                        .set("cairn.level", "INFO")
                        .set("cairn.async", Boolean.toString(async))
                        .set("cairn.queue.size", Integer.toString(Variant.QUEUE_SIZE)))
                .build();
        log = system.logger(Workload.LOGGER);
    }

    @Override
    public void disabled(Object argument) {
        log.debug(DISABLED_MESSAGE, argument);
    }

    @Override
    public void record(long orderId) {
        log.atInfo()
                .with(ORDER_ID, orderId)
                .with(AMOUNT, AMOUNT_VALUE)
                .with(STATUS, STATUS_VALUE)
                .log(MESSAGE);
    }

    @Override
    public void recordWithError(long orderId, Throwable error) {
        log.atInfo()
                .with(ORDER_ID, orderId)
                .with(AMOUNT, AMOUNT_VALUE)
                .with(STATUS, STATUS_VALUE)
                .cause(error)
                .log(MESSAGE);
    }

    @Override
    public ContextScope enterContext() {
        LogContext.Scope scope = LogContext.with(CONTEXT_KEY, CONTEXT_VALUE).open();
        return scope::close;
    }

    @Override
    public void close() {
        system.close();
    }
}
