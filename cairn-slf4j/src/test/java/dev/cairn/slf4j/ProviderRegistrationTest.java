package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.SLF4JServiceProvider;

class ProviderRegistrationTest {

    @Test
    void serviceFile_andModuleDescriptor_nameTheSameProvider() throws IOException {
        Path classes = ChildJvm.locationOf(CairnServiceProvider.class);
        ModuleReference module = ModuleFinder.of(classes).findAll().iterator().next();
        ModuleDescriptor descriptor = module.descriptor();

        List<String> declared = descriptor.provides().stream()
                .filter(p -> p.service().equals(SLF4JServiceProvider.class.getName()))
                .flatMap(p -> p.providers().stream())
                .collect(Collectors.toList());
        List<String> listed;
        try (InputStream in = module.open()
                .open("META-INF/services/" + SLF4JServiceProvider.class.getName())
                .orElseThrow()) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        }

        assertThat(descriptor.name()).isEqualTo("dev.cairn.slf4j");
        assertThat(declared).containsExactly(CairnServiceProvider.class.getName());
        assertThat(listed).isEqualTo(declared);
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.cairn.slf4j");
    }

    @Test
    void slf4j_bindsToCairn_withoutSetUp() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(CairnLoggerFactory.class);
        assertThat(MDC.getMDCAdapter()).isInstanceOf(CairnMdcAdapter.class);
        assertThat(LoggerFactory.getLogger("shop").getName()).isEqualTo("shop");
    }
}
