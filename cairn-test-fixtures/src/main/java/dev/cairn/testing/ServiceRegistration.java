package dev.cairn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a module's compiled classes register the providers of one service, read from where the class path and the module
 * path look: {@code provides} in its {@code module-info} and the lines of {@code META-INF/services/<service>}. A test
 * checks that both name the same providers, so the module works on either path.
 *
 * @param descriptor the module's descriptor
 * @param declared the providers {@code module-info} declares for the service, in order
 * @param listed the providers the services file lists, in order, without comments and blank lines
 */
public record ServiceRegistration(ModuleDescriptor descriptor, List<String> declared, List<String> listed) {

    /** Reads the registration of {@code service} in the module whose classes hold {@code member}. */
    public static ServiceRegistration of(Class<?> member, Class<?> service) {
        ModuleReference module = ModuleFinder.of(ChildJvm.locationOf(member))
                .findAll()
                .iterator()
                .next();
        ModuleDescriptor descriptor = module.descriptor();
        List<String> declared = descriptor.provides().stream()
                .filter(provides -> provides.service().equals(service.getName()))
                .flatMap(provides -> provides.providers().stream())
                .collect(Collectors.toList());
        return new ServiceRegistration(descriptor, declared, listed(module, service));
    }

    private static List<String> listed(ModuleReference module, Class<?> service) {
        try (var reader = module.open()) {
            Optional<InputStream> file = reader.open("META-INF/services/" + service.getName());
            if (file.isEmpty()) {
                return List.of();
            }
            try (InputStream in = file.get()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
