package dev.cairn.servlet;

import dev.cairn.http.RequestLogging;
import dev.cairn.http.RequestScope;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Jakarta Servlet 6 filter that logs every request as {@link RequestLogging} describes: each request a flow with
 * {@code request_started}/{@code request_completed} records, {@code X-Request-ID} and {@code X-Flow-ID} response
 * headers, redaction, trusted proxies and per-request debug. Works in Jetty 12, Tomcat 10+ and Spring Boot 3.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(new CairnRequestFilter(RequestLogging.builder().trustedProxies("10.0.0.0/8").build())),
 *         "/*", EnumSet.of(DispatcherType.REQUEST));
 * }</pre>
 *
 * An exception from the application ends the flow failed and is rethrown unchanged to the container's own error
 * handling. Asynchronous requests are ended when their {@code AsyncContext} completes.
 */
public final class CairnRequestFilter implements Filter {

    private final RequestLogging config;

    /** A filter with the defaults, for {@code web.xml} and containers that instantiate filters themselves. */
    public CairnRequestFilter() {
        this(RequestLogging.defaults());
    }

    public CairnRequestFilter(RequestLogging config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
            chain.doFilter(request, response);
            return;
        }
        CountingResponse counted = new CountingResponse((HttpServletResponse) response);
        AsyncTracker tracker = new AsyncTracker(counted);
        HttpServletRequest http = new TrackedRequest((HttpServletRequest) request, tracker);
        RequestScope scope = config.begin(new ServletExchange(http, counted));
        Throwable failure = null;
        try {
            chain.doFilter(http, counted);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (failure != null || !tracker.handOver(scope)) {
                int status = failure != null && counted.getStatus() < 400 ? 500 : counted.getStatus();
                scope.end(status, counted.bytes(), counted.getContentType(), failure);
            }
        }
    }

    /**
     * Ends an asynchronous request when its context completes, errs or times out. The listener is added the moment
     * the application starts async, because the request may complete before the filter regains control; whichever
     * comes second, the completion or the hand-over from the filter, ends the request.
     */
    private static final class AsyncTracker implements AsyncListener {
        private final CountingResponse response;
        private boolean started;
        private boolean completed;
        private int status;
        private Throwable failure;
        private RequestScope.Completion completion;

        AsyncTracker(CountingResponse response) {
            this.response = response;
        }

        synchronized void started(AsyncContext context) {
            if (!started) {
                started = true;
                context.addListener(this);
            }
        }

        /** Called by the filter when the chain returns: true if the request goes on asynchronously. */
        synchronized boolean handOver(RequestScope scope) {
            if (!started || completed) {
                return false;
            }
            completion = scope.detach();
            return true;
        }

        private synchronized void finish(int finalStatus, Throwable error) {
            if (completed) {
                return;
            }
            completed = true;
            status = finalStatus;
            failure = error;
            if (completion != null) {
                completion.end(status, response.bytes(), response.getContentType(), failure);
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            finish(response.getStatus(), null);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            finish(503, event.getThrowable());
        }

        @Override
        public void onError(AsyncEvent event) {
            finish(500, event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    /** Tells the tracker when the application starts async. */
    private static final class TrackedRequest extends HttpServletRequestWrapper {
        private final AsyncTracker tracker;

        TrackedRequest(HttpServletRequest request, AsyncTracker tracker) {
            super(request);
            this.tracker = tracker;
        }

        @Override
        public AsyncContext startAsync() {
            AsyncContext context = super.startAsync();
            tracker.started(context);
            return context;
        }

        @Override
        public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
            AsyncContext context = super.startAsync(request, response);
            tracker.started(context);
            return context;
        }
    }
}
