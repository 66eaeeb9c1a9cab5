/**
 * Log assertions for JUnit 5, the Java answer to pytest's {@code caplog}: register a {@link dev.cairn.test.LogCapture}
 * and assert on what the code under test logged.
 */
package dev.cairn.test;
