package dev.cairn.http;

import dev.cairn.Level;
import dev.cairn.LogEvent;
import dev.cairn.Logger;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Flows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One request being logged, from {@link RequestLogging#begin} to {@link #end}: the request's flow, its context
 * ({@code request_id}, later {@code user_id}) and, for a trusted {@code X-Debug-Log: 1}, DEBUG records. Begin and end
 * on the request's thread; for asynchronous requests, carry the context with {@link LogContext#wrap}.
 */
public final class RequestScope {

    private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

    private final RequestLogging config;
    private final Logger log;
    private final ServerExchange exchange;
    private final long startNanos;
    private final String requestId;
    private final String clientIp;
    private final String debugNote;
    private final Flow flow;
    private final List<LogContext.Scope> scopes = new ArrayList<>();
    private final RequestScope previous;
    private boolean ended;

    private RequestScope(RequestLogging config, ServerExchange exchange) {
        this.config = config;
        this.exchange = exchange;
        this.log = config.system.logger(config.logger);
        this.startNanos = config.system.ticker().nanoTime();
        this.clientIp = clientIp(config, exchange);
        RequestId id = RequestId.of(first(exchange, "X-Request-ID"));
        this.requestId = id.value();
        boolean debugAsked = "1".equals(first(exchange, "X-Debug-Log"));
        boolean debugAllowed = debugAsked && debugTrusted(config, exchange, clientIp);
        this.debugNote = debugAsked && !debugAllowed ? "ignored: caller not trusted" : debugAllowed ? "on" : null;

        LogContext.Builder fields = LogContext.with("request_id", requestId);
        if (debugAllowed) {
            fields.withDebug();
        }
        scopes.add(fields.open());
        this.flow = Flows.of(config.system).start(config.label.apply(exchange), first(exchange, "traceparent"));
        exchange.setResponseHeader("X-Request-ID", requestId);
        String flowId = Flow.currentId();
        if (flowId != null) {
            exchange.setResponseHeader("X-Flow-ID", flowId);
        }
        if (id.rejected() != null) {
            log.atWarn()
                    .with("rejected_request_id", id.rejected())
                    .log("rejected X-Request-ID: expected at most 128 of A-Z a-z 0-9 . _ : -; generated a new one");
        }
        this.previous = CURRENT.get();
        CURRENT.set(this);
    }

    static RequestScope begin(RequestLogging config, ServerExchange exchange) {
        RequestScope scope = new RequestScope(config, exchange);
        scope.logStarted();
        return scope;
    }

    /** The request being logged on this thread, or null. */
    public static RequestScope current() {
        return CURRENT.get();
    }

    /** The request's id: the client's {@code X-Request-ID} when valid, else a generated UUID. */
    public String requestId() {
        return requestId;
    }

    /**
     * Puts {@code user_id} on every later record of this request, once the application has authenticated the user;
     * e.g. {@code RequestScope.current().userId(user.id())}.
     */
    public void userId(Object userId) {
        if (!ended) {
            scopes.add(LogContext.with("user_id", userId).open());
        }
    }

    private void logStarted() {
        if (!log.isDebugEnabled()) {
            return;
        }
        LogEvent event = log.atDebug().with("method", exchange.method()).with("path", exchange.path());
        String query = exchange.query();
        if (query != null) {
            event.with("query", redactedQuery(query));
        }
        event.with("headers", redactedHeaders()).with("client_ip", clientIp);
        String agent = first(exchange, "User-Agent");
        if (agent != null) {
            event.with("user_agent", agent);
        }
        event.log("request_started");
    }

    /**
     * For a request that completes asynchronously: leaves the request's context on this thread now (the thread may
     * serve other requests), and returns the handle that ends the request later, on any thread, with the request's
     * context restored for its records.
     */
    public Completion detach() {
        ContextSnapshot context = LogContext.current();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        flow.endWhen(done);
        restoreThread();
        return (status, responseBytes, contentType, failure) -> {
            try (LogContext.Scope ignored = context.attach()) {
                logCompleted(status, responseBytes, contentType, failure);
            }
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(null);
            }
        };
    }

    /** Ends a request detached with {@link #detach()}. */
    @FunctionalInterface
    public interface Completion {
        /** As {@link RequestScope#end}, from any thread; call once. */
        void end(int status, long responseBytes, String contentType, Throwable failure);
    }

    /**
     * Ends the request: writes {@code request_completed} (sampled if configured), ends the flow (failed when
     * {@code failure} is not null) and restores the thread's context. Ending twice is harmless.
     *
     * @param failure the exception the handler threw (rethrow it yourself), or null
     */
    public void end(int status, long responseBytes, String contentType, Throwable failure) {
        if (ended) {
            return;
        }
        try {
            logCompleted(status, responseBytes, contentType, failure);
            if (failure != null) {
                // request_completed carries the stack trace; flow_end names the failure without repeating it.
                flow.failLogged(failure);
            }
            flow.close();
        } finally {
            restoreThread();
        }
    }

    private void restoreThread() {
        if (ended) {
            return;
        }
        ended = true;
        for (int i = scopes.size() - 1; i >= 0; i--) {
            scopes.get(i).close();
        }
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private void logCompleted(int status, long responseBytes, String contentType, Throwable failure) {
        double durationMs = Math.round((config.system.ticker().nanoTime() - startNanos) / 1_000.0) / 1_000.0;
        Level level = failure != null || status >= 500 ? Level.ERROR : status >= 400 ? Level.WARN : Level.INFO;
        if (log.isEnabled(level) && sampled(status, durationMs, failure)) {
            LogEvent event = log.atLevel(level)
                    .with("method", exchange.method())
                    .with("path", exchange.path())
                    .with("status", status)
                    .with("duration_ms", durationMs)
                    .with("response_bytes", responseBytes);
            if (contentType != null) {
                event.with("content_type", contentType);
            }
            event.with("client_ip", clientIp);
            String agent = first(exchange, "User-Agent");
            if (agent != null) {
                event.with("user_agent", agent);
            }
            if (debugNote != null) {
                event.with("debug", debugNote);
            }
            if (failure != null) {
                event.cause(failure);
            }
            event.log("request_completed");
        }
    }

    private boolean sampled(int status, double durationMs, Throwable failure) {
        if (config.sampleRate >= 1
                || failure != null
                || status >= 400
                || durationMs >= config.slowThreshold.toNanos() / 1_000_000.0) {
            return true;
        }
        return ThreadLocalRandom.current().nextDouble() < config.sampleRate;
    }

    /** The request headers, sensitive ones redacted, a rejected {@code X-Request-ID} cut as in its warning. */
    private Map<String, Object> redactedHeaders() {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (String name : exchange.headerNames()) {
            List<String> values = exchange.headers(name);
            Object value;
            if (config.isSensitiveHeader(name)) {
                value = "[REDACTED]";
            } else if (name.equalsIgnoreCase("X-Request-ID") && !requestId.equals(values.get(0))) {
                value = RequestId.shown(values.get(0));
            } else {
                value = values.size() == 1 ? values.get(0) : values;
            }
            headers.put(name, value);
        }
        return headers;
    }

    private Map<String, Object> redactedQuery(String query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, config.system.isSensitive(name) ? "[REDACTED]" : value, RequestScope::both);
        }
        return parameters;
    }

    private static Object both(Object first, Object second) {
        List<Object> values = new ArrayList<>();
        if (first instanceof List) {
            values.addAll((List<?>) first);
        } else {
            values.add(first);
        }
        values.add(second);
        return values;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The client: the direct peer, or, behind trusted proxies, the rightmost forwarded address not a trusted proxy. */
    private static String clientIp(RequestLogging config, ServerExchange exchange) {
        String peer = exchange.remoteAddress();
        if (!isTrusted(config.trustedProxies, peer)) {
            return peer;
        }
        List<String> forwarded = exchange.headers("X-Forwarded-For");
        List<String> hops = new ArrayList<>();
        for (String header : forwarded) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (AddressRange.literal(hop) == null) {
                return peer;
            }
            if (!isTrusted(config.trustedProxies, hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private static boolean isTrusted(List<AddressRange> ranges, String address) {
        for (AddressRange range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean debugTrusted(RequestLogging config, ServerExchange exchange, String clientIp) {
        if (isTrusted(config.debugFrom, clientIp)) {
            return true;
        }
        if (config.debugSecretHeader != null) {
            String offered = first(exchange, config.debugSecretHeader);
            return offered != null
                    && MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8), config.debugSecret);
        }
        return false;
    }

    private static String first(ServerExchange exchange, String name) {
        List<String> values = exchange.headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** {@code GET /orders/*}: the method and route, or the method and path when there is no route. */
    static String defaultLabel(ServerExchange exchange) {
        String route = exchange.route();
        return exchange.method() + " " + (route == null || route.isEmpty() ? exchange.path() : route);
    }
}
