package dev.cairn.spring.boot;

import dev.cairn.servlet.CairnRequestFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Cairn's request filter under Spring MVC: puts the request's route template where the flow label reads it, and
 * remembers a failed request's exception so that the container's repeat of its stack trace is left out.
 */
final class RoutedRequestFilter implements Filter {

    /** The request attribute holding the route template, context path included, for the flow label. */
    static final String ROUTE_ATTRIBUTE = "dev.cairn.spring.boot.route";

    private final CairnRequestFilter requests;
    private final RouteTemplates routes;

    RoutedRequestFilter(CairnRequestFilter requests, RouteTemplates routes) {
        this.requests = requests;
        this.routes = routes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        FailedRequests.forget();
        if (request instanceof HttpServletRequest) {
            HttpServletRequest http = (HttpServletRequest) request;
            String route = routes.find(http);
            if (route != null) {
                request.setAttribute(ROUTE_ATTRIBUTE, http.getContextPath() + route);
            }
        }
        try {
            requests.doFilter(request, response, chain);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            FailedRequests.remember(e);
            throw e;
        }
    }
}
