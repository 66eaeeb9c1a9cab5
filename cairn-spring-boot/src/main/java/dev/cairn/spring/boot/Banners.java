package dev.cairn.spring.boot;

import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Boot's banner off standard output, which holds Cairn's records: with a JSON console the banner is off, with a
 * text console it is logged as one record. An explicit {@code spring.main.banner-mode} of {@code off} or {@code log}
 * is kept; {@code console} becomes {@code log}.
 */
final class Banners {

    static final String PROPERTY = "spring.main.banner-mode";

    private Banners() {}

    static void route(ConfigurableEnvironment environment, boolean consoleWritesJson) {
        String chosen = environment.getProperty(PROPERTY);
        String mode;
        if (chosen == null) {
            mode = consoleWritesJson ? "off" : "log";
        } else {
            String normalized = chosen.trim().toLowerCase(Locale.ROOT);
            mode = normalized.equals("off") ? "off" : "log";
        }
        environment.getPropertySources().addFirst(new MapPropertySource("cairnBanner", Map.of(PROPERTY, mode)));
    }
}
