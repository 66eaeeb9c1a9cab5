package dev.cairn.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.otlp.internal.OtlpSinkProvider;
import dev.cairn.spi.SinkProvider;
import dev.cairn.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {

    @Test
    void serviceFile_andModuleDescriptor_nameTheSameProvider() throws IOException {
        Path classes = ChildJvm.locationOf(OtlpSinkProvider.class);
        ModuleReference module = ModuleFinder.of(classes).findAll().iterator().next();
        ModuleDescriptor descriptor = module.descriptor();

        List<String> declared = descriptor.provides().stream()
                .filter(p -> p.service().equals(SinkProvider.class.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toList());
        List<String> listed;
        try (InputStream in = module.open()
                .open("META-INF/services/" + SinkProvider.class.getName())
                .orElseThrow()) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        }

        assertThat(descriptor.name()).isEqualTo("dev.cairn.otlp");
        assertThat(declared).containsExactly(OtlpSinkProvider.class.getName());
        assertThat(listed).isEqualTo(declared);
        assertThat(descriptor.exports())
                .as("no public API: the type is configured, not called")
                .isEmpty();
        assertThat(descriptor.requires())
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
