package dev.cairn.slf4j;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J 2 provider that routes SLF4J loggers to Cairn's process-wide {@link dev.cairn.Cairn} loggers of the same
 * name and SLF4J's MDC to {@link dev.cairn.context.LogContext}. SLF4J finds it through {@link java.util.ServiceLoader}; the
 * application never calls it.
 */
public final class CairnServiceProvider implements SLF4JServiceProvider {

    /** The SLF4J API version this provider is written against: any 2.0.x. */
    public static final String REQUESTED_API_VERSION = "2.0.99";

    private ILoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    /** Called by {@link java.util.ServiceLoader}. */
    public CairnServiceProvider() {}

    @Override
    public void initialize() {
        // Cairn itself starts lazily, at the first record, so that configuring it after SLF4J starts still applies.
        loggerFactory = new CairnLoggerFactory();
        markerFactory = new BasicMarkerFactory();
        mdcAdapter = new CairnMdcAdapter();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return REQUESTED_API_VERSION;
    }
}
