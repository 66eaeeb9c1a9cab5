package dev.cairn.servlet;

import dev.cairn.flow.Step;
import dev.cairn.http.LoggingHttpClient;
import dev.cairn.http.RequestLogging;
import dev.cairn.http.RequestScope;
import dev.cairn.http.fixtures.WebLogs;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A real Jetty 12 server on a loopback port with a few endpoints and Cairn's filter. */
final class ShopServer implements AutoCloseable {

    private final Server server;
    final WebLogs logs;
    private volatile URI downstream;

    ShopServer(WebLogs logs, RequestLogging.Builder logging) throws Exception {
        this.logs = logs;
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addFilter(
                new FilterHolder(
                        new CairnRequestFilter(logging.system(logs.system).build())),
                "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new Orders()), "/orders/*");
        context.addServlet(new ServletHolder(new Boom()), "/boom");
        ServletHolder async = new ServletHolder(new Async());
        async.setAsyncSupported(true);
        context.addServlet(async, "/async");
        context.addServlet(new ServletHolder(new Proxying()), "/proxy");
        server.setHandler(context);
        server.start();
    }

    URI uri(String path) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Where {@code /proxy} sends its downstream call. */
    void downstream(URI uri) {
        this.downstream = uri;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private final class Orders extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String user = request.getParameter("user");
            if (user != null) {
                RequestScope.current().userId(user);
            }
            logs.system.logger("shop.orders").debug("debug detail for this request only");
            String id =
                    request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            if (id.equals("missing")) {
                response.sendError(404, "no such order");
                return;
            }
            String body = Step.call("load_order", () -> "{\"order\":\"" + id + "\"}");
            logs.system.logger("shop.orders").info("order loaded");
            response.setContentType("application/json");
            response.getWriter().write(body);
        }
    }

    private static final class Boom extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            Step.run("charge_card", () -> {
                throw new IllegalStateException("card declined");
            });
        }
    }

    private static final class Async extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            AsyncContext async = request.startAsync();
            new Thread(() -> {
                        try {
                            response.setContentType("text/plain");
                            response.getWriter().write("done later");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        } finally {
                            async.complete();
                        }
                    })
                    .start();
        }
    }

    private final class Proxying extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            LoggingHttpClient client = LoggingHttpClient.wrap(HttpClient.newHttpClient(), "inventory")
                    .system(logs.system);
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(downstream).GET().build(), HttpResponse.BodyHandlers.ofString());
                response.setContentType("text/plain");
                response.getWriter().write("downstream said " + answer.statusCode());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
