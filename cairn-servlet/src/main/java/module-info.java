/** Request logging for Jakarta Servlet 6 containers. */
module dev.cairn.servlet {
    requires transitive dev.cairn.http;
    requires static transitive jakarta.servlet;

    exports dev.cairn.servlet;
}
