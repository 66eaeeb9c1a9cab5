package dev.cairn.cli.receive;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.net.ServerSocketFactory;

/**
 * {@code cairn receive}'s listeners and their shared output. Nothing received is ever deserialized: lines are bytes
 * checked to be JSON objects and written as they came.
 */
public final class Receiver {

    private final ReceiverSettings settings;
    private final RecordOutput output;
    private final Consumer<String> report;
    private final ReceiveTotals totals = new ReceiveTotals();
    private final List<TcpListener> tcp = new CopyOnWriteArrayList<>();
    private final List<UdpListener> udp = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** {@code report} gets one line per event worth telling (a client's summary, a refusal). */
    public Receiver(ReceiverSettings settings, RecordOutput output, Consumer<String> report) {
        this.settings = settings;
        this.output = output;
        this.report = report;
    }

    /** Listens for TCP connections ({@code scheme} {@code tcp}), or TLS ones with a TLS server socket factory. */
    public InetSocketAddress listenTcp(ServerSocketFactory factory, InetSocketAddress address, String scheme)
            throws IOException {
        TcpListener listener = new TcpListener(factory, address, scheme, settings, output, totals, report);
        tcp.add(listener);
        listener.start();
        report.accept("listening on " + scheme + " " + format(listener.address()));
        return listener.address();
    }

    /** Listens for datagrams. */
    public InetSocketAddress listenUdp(InetSocketAddress address) throws IOException {
        UdpListener listener = new UdpListener(address, settings, output, totals, report);
        udp.add(listener);
        listener.start();
        report.accept("listening on udp " + format(listener.address()));
        return listener.address();
    }

    public ReceiveTotals totals() {
        return totals;
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops listening, drains the connections (a batch being sent is finished within the drain timeout), closes the
     * output and reports the totals. Called once, by the shutdown hook.
     */
    public synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            for (UdpListener listener : udp) {
                listener.stop();
            }
            for (TcpListener listener : tcp) {
                listener.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                output.close();
            } catch (IOException e) {
                report.accept("closing " + output + " failed (" + e.getMessage() + ")");
            }
            report.accept("stopped: " + totals.summary());
            stopped.countDown();
        }
    }

    private static String format(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
