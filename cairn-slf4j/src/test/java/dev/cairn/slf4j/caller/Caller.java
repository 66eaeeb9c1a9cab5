package dev.cairn.slf4j.caller;

import org.slf4j.Logger;
import org.slf4j.MarkerFactory;

/** Application code outside Cairn's packages, whose call sites the source location must name. */
public final class Caller {

    private Caller() {}

    public static void logEachWay(Logger log) {
        log.info("plain call");
        log.atInfo().addKeyValue("k", 1).log("fluent call");
        log.info(MarkerFactory.getMarker("AUDIT"), "marked call");
    }

    public static void logThroughLog4jApi(org.apache.logging.log4j.Logger log) {
        log.info("log4j call");
    }
}
