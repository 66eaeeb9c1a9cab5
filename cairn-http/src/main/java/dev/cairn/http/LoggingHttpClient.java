package dev.cairn.http;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.LogEvent;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Step;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import java.util.Set;

/**
 * Wraps a {@link HttpClient} so that each outbound call is a step of the current flow and a {@code dependency_call}
 * record (dependency, method, URL without query and fragment, status, duration, retries, error category), and
 * carries {@code traceparent} and {@code X-Request-ID} downstream.
 *
 * <pre>{@code
 * LoggingHttpClient inventory = LoggingHttpClient.wrap(HttpClient.newHttpClient(), "inventory").retries(2);
 * HttpResponse<String> stock = inventory.send(request, HttpResponse.BodyHandlers.ofString());
 * }</pre>
 *
 * Retries, when enabled, repeat only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) and only after a failure
 * to connect or a timeout, never after a response.
 */
public final class LoggingHttpClient {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final HttpClient client;
    private final String dependency;
    private final LogSystem system;
    private final int retries;

    private LoggingHttpClient(HttpClient client, String dependency, LogSystem system, int retries) {
        this.client = client;
        this.dependency = dependency;
        this.system = system;
        this.retries = retries;
    }

    /** Wraps {@code client} for calls to {@code dependency} (a name for records, e.g. {@code inventory}). */
    public static LoggingHttpClient wrap(HttpClient client, String dependency) {
        return new LoggingHttpClient(
                Objects.requireNonNull(client, "client"), Objects.requireNonNull(dependency), null, 0);
    }

    /** The same wrapper logging to {@code system} instead of the process-wide one. */
    public LoggingHttpClient system(LogSystem system) {
        return new LoggingHttpClient(client, dependency, Objects.requireNonNull(system, "system"), retries);
    }

    /** The same wrapper repeating idempotent calls up to {@code retries} times after connect failures and timeouts. */
    public LoggingHttpClient retries(int retries) {
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries " + retries + ": expected 0 to 10");
        }
        return new LoggingHttpClient(client, dependency, system, retries);
    }

    private LogSystem logs() {
        return system == null ? Cairn.system() : system;
    }

    /** Sends {@code request} as {@link HttpClient#send} does, logged and traced. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Logger log = logs().logger("cairn.http.client");
        String method = request.method();
        String url = withoutQuery(request.uri());
        long start = logs().ticker().nanoTime();
        int attempt = 0;
        try (Step step = Step.start(dependency + " " + method)) {
            while (true) {
                try {
                    HttpResponse<T> response = client.send(propagating(request), handler);
                    record(log, method, url, response.statusCode(), start, attempt, null);
                    if (response.statusCode() >= 500) {
                        step.fail(new IOException(dependency + " answered " + response.statusCode()));
                    }
                    return response;
                } catch (IOException e) {
                    if (attempt < retries && IDEMPOTENT.contains(method) && isRetryable(e)) {
                        attempt++;
                        continue;
                    }
                    record(log, method, url, -1, start, attempt, e);
                    step.fail(e);
                    throw e;
                }
            }
        }
    }

    private HttpRequest propagating(HttpRequest request) {
        HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
        String traceparent = Flow.traceparent();
        if (traceparent != null) {
            copy.setHeader("traceparent", traceparent);
        }
        Object requestId = LogContext.get("request_id");
        if (requestId != null) {
            copy.setHeader("X-Request-ID", requestId.toString());
        }
        return copy.build();
    }

    private void record(
            Logger log, String method, String url, int status, long start, int attempts, IOException error) {
        Level level = error != null || status >= 500 ? Level.ERROR : status >= 400 ? Level.WARN : Level.INFO;
        if (!log.isEnabled(level)) {
            return;
        }
        double durationMs = Math.round((logs().ticker().nanoTime() - start) / 1_000.0) / 1_000.0;
        LogEvent event = log.atLevel(level)
                .with("dependency", dependency)
                .with("method", method)
                .with("url", url);
        if (status >= 0) {
            event.with("status", status);
        }
        event.with("duration_ms", durationMs).with("retries", attempts);
        String category = category(status, error);
        if (category != null) {
            event.with("error_category", category);
        }
        if (error != null) {
            event.cause(error);
        }
        event.log("dependency_call");
    }

    private static boolean isRetryable(IOException e) {
        return e instanceof ConnectException || e instanceof HttpTimeoutException;
    }

    /** {@code timeout}, {@code connect}, {@code io}, {@code server_error}, {@code client_error}, or null for success. */
    static String category(int status, IOException error) {
        if (error instanceof HttpConnectTimeoutException || error instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (error instanceof ConnectException) {
            return "connect";
        }
        if (error != null) {
            return "io";
        }
        return status >= 500 ? "server_error" : status >= 400 ? "client_error" : null;
    }

    /** The URI without its query and fragment, which may hold secrets. */
    static String withoutQuery(URI uri) {
        StringBuilder out = new StringBuilder();
        if (uri.getScheme() != null) {
            out.append(uri.getScheme()).append("://");
        }
        if (uri.getRawAuthority() != null) {
            String authority = uri.getRawAuthority();
            int at = authority.lastIndexOf('@');
            out.append(at < 0 ? authority : authority.substring(at + 1));
        }
        if (uri.getRawPath() != null) {
            out.append(uri.getRawPath());
        }
        return out.toString();
    }
}
