/**
 * Cairn as the logging system of Spring Boot 3.5 and 4.0: {@link dev.cairn.spring.boot.CairnLoggingSystem} (found
 * through its factory, no system property needed) and the auto-configuration of request logging, {@code @Logged}
 * methods of Spring beans and a health indicator. See docs/spring-boot.md.
 */
package dev.cairn.spring.boot;
