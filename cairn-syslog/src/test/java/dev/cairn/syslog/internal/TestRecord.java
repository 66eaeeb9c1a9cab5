package dev.cairn.syslog.internal;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.util.List;
import java.util.Map;

/** A record as a value, for encoding tests that need thousands of arbitrary records without a log system. */
record TestRecord(String loggerName, String threadName, String message, List<Map.Entry<String, Object>> fields)
        implements LogRecord {

    @Override
    public RecordKind kind() {
        return RecordKind.LOG;
    }

    @Override
    public long epochSecond() {
        return 1_796_000_000L;
    }

    @Override
    public int nanoOfSecond() {
        return 123_456_789;
    }

    @Override
    public Level level() {
        return Level.INFO;
    }

    @Override
    public ContextSnapshot context() {
        return ContextSnapshot.empty();
    }

    @Override
    public int fieldCount() {
        return fields.size();
    }

    @Override
    public String fieldKey(int index) {
        return fields.get(index).getKey();
    }

    @Override
    public Object fieldValue(int index) {
        return fields.get(index).getValue();
    }

    @Override
    public Throwable throwable() {
        return null;
    }

    @Override
    public StackTraceElement location() {
        return null;
    }
}
