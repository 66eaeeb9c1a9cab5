package dev.cairn.internal.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where configuration is read from, apart from the programmatic layer: the environment, system properties, the working
 * directory and the class loader that holds {@code cairn.properties}. Injectable so tests and embedders need not touch
 * the process's own.
 */
public record ConfigSources(
        Map<String, String> environment, Properties systemProperties, Path workingDirectory, ClassLoader classLoader) {

    /** The process's environment, system properties, working directory and Cairn's class loader. */
    public static ConfigSources ofProcess() {
        return new ConfigSources(
                System.getenv(), System.getProperties(), Path.of(""), ConfigSources.class.getClassLoader());
    }
}
