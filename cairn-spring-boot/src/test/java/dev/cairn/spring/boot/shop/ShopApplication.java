package dev.cairn.spring.boot.shop;

import dev.cairn.flow.Logged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application with cairn-spring-boot as its only logging dependency, run by the tests in a child JVM:
 * two routes, a failing one, a secured one, an {@code @Logged} service, the actuator. Writes its port to the file
 * named by {@code --shop.port-file}.
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> portFile(Environment environment) {
        return event -> {
            try {
                Files.writeString(
                        Path.of(environment.getRequiredProperty("shop.port-file")),
                        environment.getRequiredProperty("local.server.port"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/secure/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(User.withUsername("alice")
                .password("{noop}secret")
                .roles("USER")
                .build());
    }

    @Service
    public static class Pricing {
        @Logged
        public String price(String id) {
            return "42.00";
        }
    }

    @RestController
    public static class Orders {
        private static final Logger log = LoggerFactory.getLogger("shop.orders");
        private static final Logger verbose = LoggerFactory.getLogger("shop.verbose");
        private static final Logger grouped = LoggerFactory.getLogger("shop.grouped");
        private final Pricing pricing;

        public Orders(Pricing pricing) {
            this.pricing = pricing;
        }

        @GetMapping("/orders/{id}")
        public String order(@PathVariable("id") String id) {
            log.info("order looked up");
            verbose.debug("verbose detail");
            grouped.info("grouped info");
            grouped.warn("grouped warning");
            return pricing.price(id);
        }

        @GetMapping("/customers/{name}/orders")
        public String customerOrders(@PathVariable("name") String name) {
            return "[]";
        }

        @GetMapping("/fail")
        public String fail() {
            throw new IllegalStateException("boom in the shop");
        }

        @GetMapping("/secure/profile")
        public String profile() {
            log.info("profile shown");
            return "profile";
        }
    }
}
