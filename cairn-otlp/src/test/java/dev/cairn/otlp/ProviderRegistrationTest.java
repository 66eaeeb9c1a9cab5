package dev.cairn.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.otlp.internal.OtlpSinkProvider;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.ServiceRegistration;
import java.lang.module.ModuleDescriptor;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {

    @Test
    void serviceFile_andModuleDescriptor_nameTheSameProvider() {
        ServiceRegistration registration = ServiceRegistration.of(OtlpSinkProvider.class, SinkProvider.class);

        assertThat(registration.descriptor().name()).isEqualTo("dev.cairn.otlp");
        assertThat(registration.declared()).containsExactly(OtlpSinkProvider.class.getName());
        assertThat(registration.listed()).isEqualTo(registration.declared());
        assertThat(registration.descriptor().exports())
                .as("no public API: the type is configured, not called")
                .isEmpty();
        assertThat(registration.descriptor().requires())
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("dev.cairn", "java.net.http", "java.base");
    }

    @Test
    void theOtlpType_isFoundOnTheClassPath() {
        assertThat(ServiceLoader.load(SinkProvider.class).stream()
                        .map(p -> p.get().type()))
                .contains("otlp");
    }
}
