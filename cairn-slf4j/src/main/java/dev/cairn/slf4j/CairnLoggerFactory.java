package dev.cairn.slf4j;

import dev.cairn.Cairn;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** SLF4J's logger factory: one adapter per name, each over Cairn's logger of that name. */
final class CairnLoggerFactory implements ILoggerFactory {

    private final ConcurrentHashMap<String, CairnSlf4jLogger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
        CairnSlf4jLogger logger = loggers.get(name);
        if (logger != null) {
            return logger;
        }
        return loggers.computeIfAbsent(name, n -> new CairnSlf4jLogger(Cairn.logger(n)));
    }
}
