package dev.cairn.spring.boot;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Cairn's health under Spring Boot 3 ({@link SinkHealth}). */
final class Boot3HealthIndicator extends AbstractHealthIndicator {

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetails(SinkHealth.details());
    }
}
