package dev.cairn.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter for the JDK's built-in {@code com.sun.net.httpserver} server that logs every request as
 * {@link RequestLogging} describes; no dependency beyond the JDK.
 *
 * <pre>{@code
 * HttpContext context = server.createContext("/", handler);
 * context.getFilters().add(new HttpServerLogging(RequestLogging.defaults()));
 * }</pre>
 *
 * An exception from the handler ends the request's flow failed and is rethrown to the server unchanged.
 */
public final class HttpServerLogging extends Filter {

    private final RequestLogging config;

    public HttpServerLogging(RequestLogging config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        CountingStream counter = new CountingStream(exchange.getResponseBody());
        exchange.setStreams(null, counter);
        RequestScope request = config.begin(new JdkExchange(exchange));
        Throwable failure = null;
        try {
            chain.doFilter(exchange);
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            int status = exchange.getResponseCode();
            request.end(
                    failure != null && status < 0 ? 500 : status,
                    counter.count,
                    exchange.getResponseHeaders().getFirst("Content-Type"),
                    failure);
        }
    }

    @Override
    public String description() {
        return "Cairn request logging";
    }

    /** Counts the bytes of the response body. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    private static final class JdkExchange implements ServerExchange {
        private final HttpExchange exchange;

        JdkExchange(HttpExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public String method() {
            return exchange.getRequestMethod();
        }

        @Override
        public String path() {
            return exchange.getRequestURI().getRawPath();
        }

        @Override
        public String query() {
            return exchange.getRequestURI().getRawQuery();
        }

        @Override
        public String route() {
            return exchange.getHttpContext().getPath();
        }

        @Override
        public List<String> headerNames() {
            return new ArrayList<>(exchange.getRequestHeaders().keySet());
        }

        @Override
        public List<String> headers(String name) {
            Headers headers = exchange.getRequestHeaders();
            List<String> values = headers.get(name);
            return values == null ? List.of() : values;
        }

        @Override
        public String remoteAddress() {
            return exchange.getRemoteAddress().getAddress().getHostAddress();
        }

        @Override
        public void setResponseHeader(String name, String value) {
            exchange.getResponseHeaders().set(name, value);
        }
    }
}
