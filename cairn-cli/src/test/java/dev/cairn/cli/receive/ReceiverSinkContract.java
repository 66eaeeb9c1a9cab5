package dev.cairn.cli.receive;

import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import javax.net.ServerSocketFactory;

/**
 * The sink contract for cairn-net's {@code tcp} and {@code udp} types, sending to {@code cairn receive}'s own
 * {@link Receiver} in this JVM: broken by stopping the receiver, repaired by a new one on the same port, stalled by
 * holding its output (a TCP batch is acknowledged only once written, and a UDP listener that does not read leaves the
 * datagrams to its socket's buffer).
 */
abstract class ReceiverSinkContract extends SinkContract {

    private final HeldOutput output = new HeldOutput();
    private Receiver receiver;
    private int port;

    /** {@code tcp} or {@code udp}. */
    abstract String type();

    @Override
    protected Sink open(LogSystem system) throws Exception {
        port = listen(0);
        SinkProvider provider = ServiceLoader.load(SinkProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.type().equals(type()))
                .findFirst()
                .orElseThrow();
        return provider.create(context(system, Map.of("host", "127.0.0.1", "port", String.valueOf(port))));
    }

    private int listen(int on) throws IOException {
        receiver = new Receiver(
                new ReceiverSettings(1 << 20, 16, Duration.ofSeconds(30), null, Duration.ofSeconds(1)),
                RecordOutput.stdout(output),
                line -> {});
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), on);
        return type().equals("udp")
                ? receiver.listenUdp(address).getPort()
                : receiver.listenTcp(ServerSocketFactory.getDefault(), address, "tcp")
                        .getPort();
    }

    @Override
    protected List<String> delivered() {
        return output.lines();
    }

    @Override
    protected void breakDestination() {
        receiver.stop();
    }

    @Override
    protected void repairDestination() throws IOException {
        listen(port);
    }

    @Override
    protected Runnable stallDestination() {
        return output.hold();
    }

    @Override
    protected Outage outage() {
        return Outage.KEEPS_UNTIL_REPAIRED;
    }

    @Override
    protected void closeDestination() {
        output.release();
        receiver.stop();
    }

    /** The receiver's standard output: the lines it wrote, and a gate that holds its writes. */
    private static final class HeldOutput extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        Runnable hold() {
            gate = new CountDownLatch(1);
            return this::release;
        }

        void release() {
            gate.countDown();
        }

        synchronized List<String> lines() {
            return new ArrayList<>(
                    bytes.toString(StandardCharsets.UTF_8).lines().toList());
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("held");
            }
            synchronized (this) {
                bytes.write(b, off, len);
            }
        }
    }
}
