package dev.cairn.syslog.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends a batch of syslog messages over one TCP or TLS connection, each framed by octet counting ({@code LEN SP MSG},
 * RFC 6587 section 3.4.1, RFC 5425 section 4.3), in one write.
 *
 * <p>Syslog has no acknowledgement: a batch counts as delivered once the kernel took its bytes. Before each batch the
 * connection is checked for a close by the server (a server that stops closes its connections), so a batch is not
 * written into a dead connection's buffer; a refused connection or a failed write is retried by the channel, on a new
 * connection. What the server had received but not yet read when it stopped is lost with its socket: the window is
 * the time between two batches.
 */
public final class OctetCountingTransport implements Transport {

    private final String host;
    private final int port;
    private final SSLSocketFactory tls;
    private final Duration timeout;
    private Connection connection;

    /** A transport to {@code host:port}, over TLS when {@code tls} is not null, connecting within {@code timeout}. */
    public OctetCountingTransport(String host, int port, SSLSocketFactory tls, Duration timeout) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.timeout = timeout;
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        if (connection != null && connection.peerClosed()) {
            dropConnection();
        }
        if (connection == null) {
            connection = tls == null
                    ? PlainConnection.open(host, port, timeout)
                    : TlsConnection.open(tls, host, port, timeout);
        }
        try {
            connection.write(frames(items));
        } catch (IOException | RuntimeException e) {
            dropConnection();
            throw e;
        }
        return SendResult.delivered();
    }

    /** The items framed one after the other. */
    static byte[] frames(List<byte[]> items) {
        int size = 0;
        for (byte[] item : items) {
            size += item.length + 12;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        for (byte[] item : items) {
            out.writeBytes(Integer.toString(item.length).getBytes(StandardCharsets.US_ASCII));
            out.write(' ');
            out.writeBytes(item);
        }
        return out.toByteArray();
    }

    private void dropConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public void close() {
        dropConnection();
    }

    @Override
    public String toString() {
        return (tls == null ? "tcp://" : "tls://") + host + ":" + port;
    }
}
