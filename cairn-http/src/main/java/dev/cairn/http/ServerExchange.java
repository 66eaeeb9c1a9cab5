package dev.cairn.http;

import java.util.List;

/**
 * One HTTP request as a server integration sees it, for {@link RequestLogging}: the Jakarta Servlet filter of
 * {@code cairn-servlet} and {@link HttpServerLogging} implement it. Calls come from the thread handling the request.
 */
public interface ServerExchange {

    /** The request method, e.g. {@code GET}. */
    String method();

    /** The path, without query string, as received (not decoded). */
    String path();

    /** The raw query string, or null. */
    String query();

    /** The route the request matched, for flow labels: a servlet mapping pattern or a context path; may be null. */
    String route();

    /**
     * A server-specific attribute of the request (a servlet request attribute), or null; integrations read values that
     * a framework put there, such as a route template.
     */
    default Object attribute(String name) {
        return null;
    }

    /** The names of the request headers. */
    List<String> headerNames();

    /** The values of request header {@code name} (case-insensitive). */
    List<String> headers(String name);

    /** The address of the direct peer (the client, or the last proxy). */
    String remoteAddress();

    /** Sets a response header, before the response is committed. */
    void setResponseHeader(String name, String value);
}
