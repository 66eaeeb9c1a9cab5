package dev.cairn.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Cairn;
import dev.cairn.testing.ChildJvm;
import dev.cairn.testing.JsonLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Web-app layouts: each app gets a class loader of its own over its own copy of Cairn, SLF4J, the provider and the app
 * (as a servlet container's {@code WEB-INF/lib}), with only the JDK as parent, so each starts as in a fresh JVM.
 */
class IsolatedWebAppsTest {

    private static final String WEB_APP = "dev.cairn.slf4j.webapp.WebApp";

    @TempDir
    Path containers;

    @Test
    void libraryLoggingBeforeCairnIsConfigured_losesNothing_andGetsTheConfigurationOnceReady() throws Exception {
        try (URLClassLoader app = webApp("early")) {
            String earlyStdout = (String) call(app, "logBeforeAndAfterConfiguration");
            @SuppressWarnings("unchecked")
            List<String> configured = (List<String>) call(app, "output");

            List<JsonNode> early = parse(earlyStdout
                    .lines()
                    .filter(l -> l.contains("webapp.library"))
                    .collect(Collectors.toList()));
            assertThat(early).extracting(r -> r.get("message").asText()).containsExactly("early info");
            assertThat(early.get(0).get("logger").asText()).isEqualTo("webapp.library");
            assertThat(early.get(0).get("level").asText()).isEqualTo("INFO");

            List<JsonNode> late = parse(configured);
            assertThat(late).extracting(r -> r.get("message").asText()).containsExactly("late info", "late debug");
            assertThat(late)
                    .allSatisfy(r -> assertThat(r.get("service").asText()).isEqualTo("configured"));
        }
    }

    @Test
    void twoWebApps_shareNoLoggingState() throws Exception {
        try (URLClassLoader shop = webApp("shop");
                URLClassLoader admin = webApp("admin")) {
            call(shop, "configure", "shop");
            call(admin, "configure", "admin");

            call(shop, "putAndLog", "app", "shop");
            call(admin, "putAndLog", "app", "admin");
            call(shop, "putAndLog", "step", "two");

            assertThat(call(shop, "mdc", "app"))
                    .as("same thread, separate MDCs")
                    .isEqualTo("shop");
            assertThat(call(admin, "mdc", "app")).isEqualTo("admin");
            assertThat(MDC.get("app")).as("the test's own MDC").isNull();

            List<JsonNode> shopRecords = parse(output(shop));
            List<JsonNode> adminRecords = parse(output(admin));
            assertThat(shopRecords).extracting(r -> r.get("message").asText()).containsExactly("app=shop", "step=two");
            assertThat(shopRecords).allSatisfy(r -> {
                assertThat(r.get("service").asText()).isEqualTo("shop");
                assertThat(r.get("app").asText()).isEqualTo("shop");
            });
            assertThat(adminRecords).extracting(r -> r.get("message").asText()).containsExactly("app=admin");
            assertThat(adminRecords.get(0).get("service").asText()).isEqualTo("admin");

            List<?> shopState = (List<?>) call(shop, "state");
            List<?> adminState = (List<?>) call(admin, "state");
            for (int i = 0; i < shopState.size(); i++) {
                assertThat(shopState.get(i)).isNotSameAs(adminState.get(i));
                assertThat(shopState.get(i).getClass())
                        .isNotSameAs(adminState.get(i).getClass());
            }
            assertThat(List.<Object>copyOf(shopState))
                    .doesNotContain(Cairn.system(), LoggerFactory.getILoggerFactory());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> output(URLClassLoader app) throws Exception {
        return (List<String>) call(app, "output");
    }

    /** A class loader over a fresh copy of the app's libraries, as a container builds one per web app. */
    private URLClassLoader webApp(String name) throws IOException {
        Path lib = Files.createDirectories(
                containers.resolve(name).resolve("WEB-INF").resolve("lib"));
        List<URL> urls = new ArrayList<>();
        int index = 0;
        for (Class<?> anchor : List.of(Cairn.class, LoggerFactory.class, CairnServiceProvider.class, getClass())) {
            Path source = ChildJvm.locationOf(anchor);
            Path copy = lib.resolve(index++ + "-" + source.getFileName());
            copyTree(source, copy);
            urls.add(toUrl(copy));
        }
        return new URLClassLoader("webapp-" + name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Object call(ClassLoader app, String method, String... args) throws Exception {
        Class<?>[] types = new Class<?>[args.length];
        Arrays.fill(types, String.class);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(app);
        try {
            return Class.forName(WEB_APP, true, app).getMethod(method, types).invoke(null, (Object[]) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<JsonNode> parse(List<String> lines) {
        return lines.stream().map(JsonLines::parse).collect(Collectors.toList());
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (Files.isRegularFile(source)) {
            Files.copy(source, target);
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
