package dev.cairn.cli.receive;

import dev.cairn.cli.receive.RecordLineCheck.Reason;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * Receives one record per datagram (a trailing newline allowed), checks it as a TCP line is checked and writes it.
 * Rejected datagrams are counted and reported at most once per {@link #REPORT_EVERY} from the same reason.
 */
final class UdpListener {

    private static final long REPORT_EVERY = 10_000;

    private final DatagramSocket socket;
    private final ReceiverSettings settings;
    private final RecordOutput output;
    private final ReceiveTotals totals;
    private final Consumer<String> report;
    private final Thread thread;

    UdpListener(
            InetSocketAddress address,
            ReceiverSettings settings,
            RecordOutput output,
            ReceiveTotals totals,
            Consumer<String> report)
            throws IOException {
        this.socket = new DatagramSocket(address);
        socket.setReceiveBufferSize(4 << 20);
        this.settings = settings;
        this.output = output;
        this.totals = totals;
        this.report = report;
        this.thread = new Thread(this::receive, "cairn-receive-udp");
    }

    void start() {
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void receive() {
        byte[] buffer = new byte[65_536];
        RecordLineCheck check = new RecordLineCheck();
        LineBatch one = new LineBatch();
        long rejected = 0;
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                continue;
            }
            totals.datagrams.incrementAndGet();
            int length = packet.getLength();
            if (length > 0 && buffer[length - 1] == '\n') {
                length--;
            }
            Reason reason = length > settings.maxLineBytes() ? Reason.TOO_LONG : check.check(buffer, length);
            if (reason != null) {
                totals.rejected.incrementAndGet();
                if (rejected++ % REPORT_EVERY == 0) {
                    report.accept("datagram from " + packet.getAddress().getHostAddress() + ":" + packet.getPort()
                            + " rejected: " + reason + " (" + rejected + " datagrams rejected so far)");
                }
                continue;
            }
            one.add(buffer, length);
            try {
                output.write(one);
                totals.accepted.incrementAndGet();
            } catch (IOException e) {
                report.accept("cannot write a datagram's record (" + e.getMessage() + ")");
            }
            one.clear();
        }
    }

    void stop() throws InterruptedException {
        socket.close();
        thread.join(5000);
    }
}
