package dev.cairn.spring.boot;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Cairn's health under Spring Boot 4, whose health API moved to {@code spring-boot-health} ({@link SinkHealth}). */
final class Boot4HealthIndicator extends AbstractHealthIndicator {

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetails(SinkHealth.details());
    }
}
