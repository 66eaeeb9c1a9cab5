/**
 * Request logging for web services: {@link dev.cairn.http.RequestLogging} holds the policy (trusted proxies,
 * redaction, per-request debug, sampling), {@link dev.cairn.http.RequestScope} makes each request a flow with ids in
 * and out, {@link dev.cairn.http.HttpServerLogging} applies it to the JDK's HTTP server, and
 * {@link dev.cairn.http.LoggingHttpClient} logs and traces outgoing calls.
 */
package dev.cairn.http;
