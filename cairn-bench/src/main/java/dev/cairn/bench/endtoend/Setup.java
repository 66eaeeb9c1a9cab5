package dev.cairn.bench.endtoend;

import dev.cairn.Cairn;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * One library configured for the end-to-end run: the child JVM's workload class, the SLF4J provider it selects, the
 * system properties that configure it, and how the child stops it so that every record is on disk before the clock
 * stops.
 */
enum Setup {
    /** Cairn's defaults: asynchronous, lossless, one JSON file (no rotation, as the peers' plain file appenders). */
    CAIRN(
            Slf4jWorkload.class,
            "dev.cairn.slf4j.CairnServiceProvider",
            "Cairn defaults (async, lossless, queue 16,384, batch flush)"),
    /** The same Cairn configuration, called through Cairn's own API instead of SLF4J's ({@link CairnApiWorkload}). */
    CAIRN_API(
            CairnApiWorkload.class,
            null,
            "Cairn defaults as cairn, through Cairn's own API (atInfo().with, a LogContext scope per 100 records)"),
    /** Logback tuned by its users for throughput with the same guarantee: blocking queue, buffered file. */
    LOGBACK_TUNED(
            Slf4jWorkload.class,
            "ch.qos.logback.classic.spi.LogbackServiceProvider",
            "AsyncAppender queue 262,144, discardingThreshold 0, neverBlock false; FileAppender immediateFlush false, "
                    + "buffer 256 KiB; logstash-logback-encoder") {
        @Override
        List<String> properties(Path file) {
            return List.of("-Dlogback.configurationFile=endtoend/logback-tuned.xml", "-Dbench.file=" + file);
        }

        @Override
        void stop() {
            stopLogback();
        }
    },
    /** Logback with the appenders' defaults, as most applications run it: it discards INFO when its queue fills. */
    LOGBACK_DEFAULT(
            Slf4jWorkload.class,
            "ch.qos.logback.classic.spi.LogbackServiceProvider",
            "AsyncAppender and FileAppender defaults (queue 256, discards INFO at 80% full, flush per record)") {
        @Override
        List<String> properties(Path file) {
            return List.of("-Dlogback.configurationFile=endtoend/logback-default.xml", "-Dbench.file=" + file);
        }

        @Override
        void stop() {
            stopLogback();
        }
    },
    /** Log4j2 with all loggers asynchronous, its documented fastest set-up, waiting (not dropping) when full. */
    LOG4J2_ASYNC(
            Slf4jWorkload.class,
            "org.apache.logging.slf4j.SLF4JServiceProvider",
            "AsyncLoggerContextSelector, ring buffer 262,144, default wait policy; RandomAccessFile immediateFlush "
                    + "false, buffer 256 KiB; JsonTemplateLayout") {
        @Override
        List<String> properties(Path file) {
            return List.of(
                    "-Dlog4j2.configurationFile=endtoend/log4j2.xml",
                    "-Dlog4j2.contextSelector=org.apache.logging.log4j.core.async.AsyncLoggerContextSelector",
                    "-Dlog4j2.asyncLoggerRingBufferSize=262144",
                    "-Dbench.file=" + file);
        }

        @Override
        void stop() {
            org.apache.logging.log4j.LogManager.shutdown();
        }
    };

    private final Class<?> workload;
    private final String provider;
    private final String configuration;

    Setup(Class<?> workload, String provider, String configuration) {
        this.workload = workload;
        this.provider = provider;
        this.configuration = configuration;
    }

    /**
     * The system properties, besides the provider, that configure the library to write {@code file}; Cairn's unless the
     * set-up is another library's.
     */
    List<String> properties(Path file) {
        return List.of(
                "-Dcairn.console=none",
                "-Dcairn.file=" + file,
                "-Dcairn.file.max-bytes=0",
                "-Dcairn.service=bench",
                "-Dcairn.level=INFO");
    }

    /**
     * Stops the library the way its users shut it down, which drains its queue and flushes and closes the file;
     * {@code Cairn.shutdown()} unless the set-up is another library's.
     */
    void stop() {
        Cairn.shutdown();
    }

    /** The class whose {@code main} the child JVM runs. */
    Class<?> workload() {
        return workload;
    }

    /** The SLF4J 2 provider class the child selects with {@code -Dslf4j.provider}, or null when it logs without SLF4J. */
    String provider() {
        return provider;
    }

    /** The configuration in words, printed beside the figures. */
    String configuration() {
        return configuration;
    }

    private static void stopLogback() {
        ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }

    /** The name on the command line and in the table: {@code logback-tuned} for {@link #LOGBACK_TUNED}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
