package dev.cairn.spring.boot;

import dev.cairn.http.RequestLogging;
import dev.cairn.http.ServerExchange;
import dev.cairn.servlet.CairnRequestFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.Arrays;
import java.util.function.Consumer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Cairn's auto-configuration for Spring Boot: request logging for servlet applications (route templates as flow
 * labels, the Spring Security principal as {@code user_id}), {@code @Logged}/{@code @LoggedFlow} on Spring beans
 * through Spring AOP, a health indicator, and Cairn's Micrometer meters when Micrometer is present. Each part has a {@code cairn.<part>.enabled} switch (docs/spring-boot.md).
 */
@AutoConfiguration
public class CairnAutoConfiguration {

    /** The request filter's default order: ahead of Spring Security's filters, so their records carry the ids. */
    public static final int DEFAULT_REQUEST_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    /** Spring Security's filter order when {@code spring.security.filter.order} is not set. */
    private static final int SECURITY_FILTER_ORDER = -100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    @ConditionalOnProperty(name = "cairn.aop.enabled", matchIfMissing = true)
    static LoggedMethods cairnLoggedMethods() {
        return new LoggedMethods();
    }

    /** Request logging for servlet applications with Spring MVC. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(name = "cairn.web.enabled", matchIfMissing = true)
    static class Web {

        @Bean
        FilterRegistrationBean<Filter> cairnRequestFilter(Environment environment, ListableBeanFactory beans) {
            RoutedRequestFilter filter = new RoutedRequestFilter(
                    new CairnRequestFilter(requestLogging(environment)), new RouteTemplates(beans));
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setName("cairnRequestFilter");
            registration.setOrder(number(environment, "cairn.web.order", DEFAULT_REQUEST_FILTER_ORDER));
            registration.setUrlPatterns(Arrays.asList(list(environment.getProperty("cairn.web.url-patterns", "/*"))));
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }

        @Bean
        @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
        FilterRegistrationBean<Filter> cairnPrincipalFilter(Environment environment) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PrincipalFilter());
            registration.setName("cairnPrincipalFilter");
            registration.setOrder(number(environment, "spring.security.filter.order", SECURITY_FILTER_ORDER) + 1);
            registration.setUrlPatterns(Arrays.asList(list(environment.getProperty("cairn.web.url-patterns", "/*"))));
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }

        private static RequestLogging requestLogging(Environment environment) {
            RequestLogging.Builder builder = RequestLogging.builder().label(Web::label);
            option(environment, "cairn.web.trusted-proxies", value -> builder.trustedProxies(list(value)));
            option(environment, "cairn.web.debug-from", value -> builder.debugFrom(list(value)));
            option(environment, "cairn.web.redact-headers", value -> builder.redactHeaders(list(value)));
            option(environment, "cairn.web.logger", builder::logger);
            return builder.build();
        }

        /** {@code GET /orders/{id}}: the Spring MVC route template, else the servlet mapping, else the path. */
        private static String label(ServerExchange exchange) {
            Object template = exchange.attribute(RoutedRequestFilter.ROUTE_ATTRIBUTE);
            String route = template != null ? template.toString() : exchange.route();
            return exchange.method() + " " + (route == null || route.isEmpty() ? exchange.path() : route);
        }

        private static void option(Environment environment, String key, Consumer<String> apply) {
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                apply.accept(value);
            } catch (IllegalArgumentException e) {
                Diagnostic.report("invalid value \"" + value + "\" for " + key + ": " + e.getMessage() + "; ignored");
            }
        }

        private static int number(Environment environment, String key, int otherwise) {
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                Diagnostic.report(
                        "invalid value \"" + value + "\" for " + key + ": expected a whole number; using " + otherwise);
                return otherwise;
            }
        }

        private static String[] list(String value) {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(item -> !item.isEmpty())
                    .toArray(String[]::new);
        }
    }

    /** Spring Boot 3's health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
    @ConditionalOnProperty(name = "cairn.health.enabled", matchIfMissing = true)
    static class Boot3Health {
        @Bean
        Boot3HealthIndicator cairnHealthIndicator() {
            return new Boot3HealthIndicator();
        }
    }

    /** Spring Boot 4's health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    @ConditionalOnProperty(name = "cairn.health.enabled", matchIfMissing = true)
    static class Boot4Health {
        @Bean
        Boot4HealthIndicator cairnHealthIndicator() {
            return new Boot4HealthIndicator();
        }
    }

    /** Cairn's figures as Micrometer meters ({@code cairn-micrometer}), when the application has Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry", "dev.cairn.micrometer.CairnMetrics"})
    @ConditionalOnProperty(name = "cairn.micrometer.enabled", matchIfMissing = true)
    static class Metrics {
        @Bean
        io.micrometer.core.instrument.binder.MeterBinder cairnMetrics() {
            return new dev.cairn.micrometer.CairnMetrics();
        }
    }
}
