package dev.cairn.slf4j.webapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A third-party library as found in a web app: it holds its SLF4J logger in a static field from class loading on. */
final class Library {

    static final String LOGGER = "webapp.library";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private Library() {}

    static void work(String phase) {
        LOG.info("{} info", phase);
        LOG.debug("{} debug", phase);
    }
}
