package dev.cairn.cli.receive;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import javax.net.ServerSocketFactory;

/**
 * Accepts TCP (or TLS) connections and serves each on a thread of its own ({@link ClientSession}), at most
 * {@link ReceiverSettings#maxConnections()} at once: one more is told {@code @refused connection limit} and closed at
 * once, so a flood of connections costs a file descriptor for an instant each, never a thread.
 */
final class TcpListener {

    private final ServerSocket server;
    private final String scheme;
    private final ReceiverSettings settings;
    private final RecordOutput output;
    private final ReceiveTotals totals;
    private final Consumer<String> report;
    private final Semaphore slots;
    private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    TcpListener(
            ServerSocketFactory factory,
            InetSocketAddress address,
            String scheme,
            ReceiverSettings settings,
            RecordOutput output,
            ReceiveTotals totals,
            Consumer<String> report)
            throws IOException {
        this.server = factory.createServerSocket();
        server.setReuseAddress(true);
        server.bind(address, 128);
        this.scheme = scheme;
        this.settings = settings;
        this.output = output;
        this.totals = totals;
        this.report = report;
        this.slots = new Semaphore(settings.maxConnections());
        this.acceptor = new Thread(this::accept, "cairn-receive-" + scheme);
    }

    void start() {
        acceptor.start();
    }

    /** The address bound, with the port chosen when 0 was asked. */
    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    String scheme() {
        return scheme;
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    report.accept("accepting a " + scheme + " connection failed (" + e.getMessage() + ")");
                }
                continue;
            }
            totals.connections.incrementAndGet();
            String client = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
            if (!slots.tryAcquire()) {
                totals.refused.incrementAndGet();
                refuse(socket, client);
                continue;
            }
            ClientSession[] self = new ClientSession[1];
            Thread[] thread = new Thread[1];
            self[0] = new ClientSession(socket, client, settings, output, totals, report, () -> {
                sessions.remove(self[0]);
                threads.remove(thread[0]);
                slots.release();
            });
            sessions.add(self[0]);
            thread[0] = new Thread(self[0], "cairn-receive-" + client);
            thread[0].setDaemon(true);
            threads.add(thread[0]);
            thread[0].start();
        }
    }

    private void refuse(Socket socket, String client) {
        try (socket) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("@refused connection limit\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException ignored) {
            // A client refused at once; whether it read the reason changes nothing here.
        }
        report.accept("client " + client + " refused: " + settings.maxConnections() + " connections already open");
    }

    /**
     * Stops accepting, lets connections that are sending a batch finish it within {@code drainTimeout}, ends the
     * input of the others, and waits for every session to write what it has.
     */
    void stop() throws InterruptedException {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing the listening socket only fails if it is closed already.
        }
        acceptor.join(5000);
        long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            for (ClientSession session : sessions) {
                if (session.betweenBatches()) {
                    session.endInput();
                }
            }
            if (sessions.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        for (ClientSession session : sessions) {
            session.endInput();
        }
        for (Thread thread : threads) {
            thread.join(5000);
        }
    }
}
