package dev.cairn.bench.subject;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Every library set-up measured. The names are JMH {@code @Param} values. Asynchronous variants are lossless: a full
 * queue blocks the caller rather than dropping records, as Cairn does by default.
 */
public enum Variant {
    /** Cairn, synchronous: each call writes and flushes on the caller's thread. */
    CAIRN,
    /** Logback FileAppender (immediateFlush, the default) with logstash-logback-encoder. */
    LOGBACK,
    /** Log4j2 FileAppender (immediateFlush, the default) with JsonTemplateLayout. */
    LOG4J2,
    /** Cairn's default: a bounded queue of 262,144 records and a writer thread that flushes after each batch. */
    CAIRN_ASYNC,
    /** Logback AsyncAppender, queue 262,144, neverBlock=false, discardingThreshold=0, around the same FileAppender. */
    LOGBACK_ASYNC_APPENDER,
    /** Log4j2 AsyncAppender, buffer 262,144, blocking; the file is flushed at the end of each batch. */
    LOG4J2_ASYNC_APPENDER,
    /** Log4j2 all-asynchronous loggers on the LMAX Disruptor (ring buffer 262,144); flushed at the end of each batch. */
    LOG4J2_ASYNC_LOGGERS,
    /**
     * Logback as its users tune it for throughput: the same AsyncAppender around a FileAppender with
     * immediateFlush=false and a 256 KB buffer. Records reach the file when the buffer fills or the context stops, so
     * only benchmarks that stop the library before reading the file (not {@code AsyncThroughputBenchmark}) measure it.
     */
    LOGBACK_ASYNC_TUNED;

    /** The queue size of every asynchronous variant, Log4j2's default ring buffer size. */
    public static final int QUEUE_SIZE = 256 * 1024;

    /** Builds the library writing {@code format} to {@code file}, a path that does not exist yet. */
    public LoggingSubject open(Path file, Format format) {
        switch (this) {
            case CAIRN:
                return new CairnSubject(file, format, false);
            case CAIRN_ASYNC:
                return new CairnSubject(file, format, true);
            case LOGBACK:
                return new LogbackSubject(file, format, false, false);
            case LOGBACK_ASYNC_APPENDER:
                return new LogbackSubject(file, format, true, false);
            case LOGBACK_ASYNC_TUNED:
                return new LogbackSubject(file, format, true, true);
            case LOG4J2:
                return new Log4j2Subject(file, format, Log4j2Subject.Mode.SYNC);
            case LOG4J2_ASYNC_APPENDER:
                return new Log4j2Subject(file, format, Log4j2Subject.Mode.ASYNC_APPENDER);
            case LOG4J2_ASYNC_LOGGERS:
                return new Log4j2Subject(file, format, Log4j2Subject.Mode.ASYNC_LOGGERS);
            default:
                throw new AssertionError(this);
        }
    }

    /** The library's name as shown in the results. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
