package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.ServiceRegistration;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.SLF4JServiceProvider;

class ProviderRegistrationTest {

    @Test
    void serviceFile_andModuleDescriptor_nameTheSameProvider() {
        ServiceRegistration registration =
                ServiceRegistration.of(CairnServiceProvider.class, SLF4JServiceProvider.class);

        assertThat(registration.descriptor().name()).isEqualTo("dev.cairn.slf4j");
        assertThat(registration.declared()).containsExactly(CairnServiceProvider.class.getName());
        assertThat(registration.listed()).isEqualTo(registration.declared());
        assertThat(registration.descriptor().exports())
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
