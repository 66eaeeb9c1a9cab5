/**
 * Cairn's own test fixtures, shared by every module's tests: {@link dev.cairn.testing.ChildJvm} runs a real JVM,
 * {@link dev.cairn.testing.JsonLines} and {@link dev.cairn.testing.Records} read and select JSON-lines log records,
 * {@link dev.cairn.testing.Await} waits with a deadline. Nothing here depends on Cairn itself.
 */
package dev.cairn.testing;
