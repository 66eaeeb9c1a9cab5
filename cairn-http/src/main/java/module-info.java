/**
 * Request logging for web services: the policy shared by server integrations, a filter for the JDK's HTTP server and
 * a wrapper for {@code java.net.http.HttpClient}. The JDK modules are needed only by the classes that use them.
 */
module dev.cairn.http {
    requires transitive dev.cairn;
    requires static transitive jdk.httpserver;
    requires static transitive java.net.http;

    exports dev.cairn.http;
}
