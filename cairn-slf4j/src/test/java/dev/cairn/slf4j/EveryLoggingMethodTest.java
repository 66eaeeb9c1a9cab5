package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import dev.cairn.test.CapturedRecord;
import dev.cairn.test.LogCapture;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/** Calls each of the ten logging methods of every level, so that no overload of the adapter logs at another level. */
class EveryLoggingMethodTest {

    @RegisterExtension
    final LogCapture logs = LogCapture.of("every");

    private final Logger log = LoggerFactory.getLogger("every.method");
    private final Marker marker = MarkerFactory.getMarker("M");
    private final IllegalStateException failure = new IllegalStateException("boom");

    @BeforeEach
    void configure() {
        JsonConsole.configure(c -> c.level("every", Level.TRACE));
    }

    @ParameterizedTest
    @EnumSource(org.slf4j.event.Level.class)
    void everyOverload_logsAtItsLevel_withItsArguments(org.slf4j.event.Level level) throws Exception {
        List<Method> methods = new ArrayList<>();
        for (Method method : Logger.class.getMethods()) {
            if (method.getName().equals(level.name().toLowerCase(Locale.ROOT))) {
                methods.add(method);
                method.invoke(log, arguments(method.getParameterTypes()));
            }
        }

        assertThat(methods).hasSize(10);
        assertThat(logs.records()).hasSize(10).allSatisfy(record -> {
            assertThat(record.level().name()).isEqualTo(level.name());
            assertThat(record.logger()).isEqualTo("every.method");
            assertThat(record.message()).startsWith("m");
        });
        assertThat(logs.records())
                .filteredOn(r -> r.fields().containsKey("tags"))
                .hasSize(5)
                .allSatisfy(r -> assertThat(r.fields().get("tags")).isEqualTo(List.of("M")));
        assertThat(logs.records())
                .extracting(CapturedRecord::throwable)
                .filteredOn(t -> t != null)
                .hasSize(2)
                .containsOnly(failure);
        assertThat(logs.records()).extracting(CapturedRecord::message).contains("m", "m a", "m a b", "m a b c");
    }

    private Object[] arguments(Class<?>[] types) {
        Object[] args = new Object[types.length];
        int placeholders = 0;
        for (int i = 0; i < types.length; i++) {
            if (types[i] == Marker.class) {
                args[i] = marker;
            } else if (types[i] == String.class) {
                args[i] = "m";
            } else if (types[i] == Throwable.class) {
                args[i] = failure;
            } else if (types[i] == Object[].class) {
                args[i] = new Object[] {"a", "b", "c"};
                placeholders = 3;
            } else {
                args[i] = placeholders == 0 ? "a" : "b";
                placeholders++;
            }
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == String.class) {
                args[i] = "m" + " {}".repeat(placeholders);
            }
        }
        return args;
    }
}
