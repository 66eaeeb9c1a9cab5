package dev.cairn.test;

import dev.cairn.Format;
import dev.cairn.LogSystem;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sink of one test's capture: keeps a copy of each record of the selected loggers logged by the test's threads
 * (or by any thread), rendered at once so that later changes to the logged objects cannot change what is asserted.
 *
 * <p>Concurrency: Cairn calls a sink one thread at a time, but the test thread reads the records while other threads
 * may still log, so the list is guarded by this object's monitor.
 */
final class CaptureSink implements Sink {

    private final String testId;
    private final LoggerSelection loggers;
    private final boolean anyThread;
    private final RecordRenderer json;
    private final RecordRenderer text;
    private final List<CapturedRecord> records = new ArrayList<>();
    private final LogSystem system;

    CaptureSink(String testId, LoggerSelection loggers, boolean anyThread, LogSystem system) {
        this.system = system;
        this.json = new RecordRenderer(system, Format.JSON);
        this.text = new RecordRenderer(system, Format.TEXT);
        this.testId = testId;
        this.loggers = loggers;
        this.anyThread = anyThread;
    }

    @Override
    public synchronized void write(LogRecord record) {
        if (!loggers.matches(record.loggerName()) || !anyThread && !testId.equals(TestThreads.current())) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < record.fieldCount(); i++) {
            fields.put(record.fieldKey(i), record.fieldValue(i));
        }
        records.add(new CapturedRecord(
                Instant.ofEpochSecond(record.epochSecond(), record.nanoOfSecond()),
                record.level(),
                record.loggerName(),
                record.message(),
                record.threadName(),
                record.context().asMap(),
                fields,
                record.throwable(),
                json.render(record),
                text.render(record),
                system::redacts));
    }

    /** The records captured so far, in the order they were written. */
    synchronized List<CapturedRecord> records() {
        return List.copyOf(records);
    }

    synchronized void clear() {
        records.clear();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
