/** Request logging for Jakarta Servlet 6 containers. */
module dev.cairn.servlet {
    requires transitive dev.cairn;
    requires static jakarta.servlet;

    exports dev.cairn.servlet;
}
