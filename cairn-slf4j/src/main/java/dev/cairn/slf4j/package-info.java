/**
 * Cairn's SLF4J 2 provider. Put {@code cairn-slf4j} on the class path and SLF4J's loggers, fluent API, markers and MDC
 * are written by Cairn; levels come from Cairn's configuration ({@code cairn.level.<logger>}).
 */
package dev.cairn.slf4j;
