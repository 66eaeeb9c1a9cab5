package dev.cairn.net.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends batches of JSON lines over one TCP (or TLS) connection and waits for the receiver's acknowledgement of each
 * ({@link WireProtocol}).
 *
 * <p>Answers: {@code @ack} is {@link SendResult#delivered()} (or a partial success when the receiver rejected lines);
 * a refused token is retried, so records wait in the spool until the receiver's configuration is fixed. Anything that
 * fails before a record line is written (connecting, the TLS handshake, the greeting) is a {@link ConnectException}:
 * the batch was never sent. A failure after that leaves the batch's fate unknown: the channel sends it again and
 * counts it as maybe duplicated.
 *
 * <p>An idle connection is closed after {@link #IDLE} and opened again for the next batch, so a receiver's idle
 * timeout (longer than this) never cuts a connection between two batches.
 */
final class TcpTransport implements Transport {

    static final Duration IDLE = Duration.ofSeconds(30);

    private final String host;
    private final int port;
    private final SSLSocketFactory tls;
    private final byte[] hello;
    private final int timeoutMillis;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private long lastUsedNanos;

    /** {@code tls} null for plain TCP; {@code token} empty for none. */
    TcpTransport(String host, int port, SSLSocketFactory tls, String token, Duration timeout) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.hello = WireProtocol.hello(token);
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        if (socket != null && System.nanoTime() - lastUsedNanos > IDLE.toNanos()) {
            disconnect();
        }
        if (socket == null) {
            String refusal = connect();
            if (refusal != null) {
                return SendResult.retry(null, "the receiver refused the connection: " + refusal);
            }
        }
        try {
            for (byte[] item : items) {
                out.write(item);
                if (item.length == 0 || item[item.length - 1] != '\n') {
                    out.write('\n');
                }
            }
            out.write(WireProtocol.end(items.size()));
            out.flush();
            String answer = WireProtocol.readControlLine(in);
            lastUsedNanos = System.nanoTime();
            return acknowledged(answer, items.size());
        } catch (IOException | RuntimeException e) {
            disconnect();
            throw e;
        }
    }

    private static SendResult acknowledged(String answer, int sent) throws IOException {
        String[] parts = answer.split(" ");
        if (parts.length != 3 || !parts[0].equals("@ack")) {
            throw new IOException("the receiver answered " + printable(answer) + " instead of @ack");
        }
        long count;
        long rejected;
        try {
            count = Long.parseLong(parts[1]);
            rejected = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw new IOException("the receiver answered " + printable(answer) + " instead of @ack");
        }
        if (count != sent || rejected < 0 || rejected > sent) {
            throw new IOException(
                    "the receiver acknowledged " + count + " lines (" + rejected + " rejected) of a batch of " + sent);
        }
        return rejected == 0
                ? SendResult.delivered()
                : SendResult.partlyRejected(
                        rejected, "the receiver rejected " + rejected + " lines (not one JSON object, or too long)");
    }

    /** Connects and greets the receiver; returns null, or the reason the receiver refused. */
    private String connect() throws ConnectException {
        Socket opened = new Socket();
        try {
            opened.setTcpNoDelay(true);
            opened.setSoTimeout(timeoutMillis);
            opened.connect(new InetSocketAddress(host, port), timeoutMillis);
            if (tls != null) {
                SSLSocket secured = (SSLSocket) tls.createSocket(opened, host, port, true);
                SSLParameters parameters = secured.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secured.setSSLParameters(parameters);
                secured.startHandshake();
                opened = secured;
            }
            OutputStream output = new BufferedOutputStream(opened.getOutputStream(), 64 * 1024);
            InputStream input = new BufferedInputStream(opened.getInputStream(), 512);
            output.write(hello);
            output.flush();
            String answer = WireProtocol.readControlLine(input);
            if (!answer.equals("@ok")) {
                opened.close();
                return answer.startsWith("@refused")
                        ? printable(answer.substring(8).trim())
                        : printable(answer);
            }
            socket = opened;
            out = output;
            in = input;
            return null;
        } catch (IOException | RuntimeException e) {
            try {
                opened.close();
            } catch (IOException ignored) {
                // The connection failed already; closing it tells nothing more.
            }
            ConnectException failed = new ConnectException("cannot connect to " + host + ":" + port + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            failed.initCause(e);
            throw failed;
        }
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Dropped because it failed or idled; its close error adds nothing.
            }
            socket = null;
            out = null;
            in = null;
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && i < 200; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    @Override
    public void close() {
        disconnect();
    }

    @Override
    public String toString() {
        return (tls != null ? "tls://" : "tcp://") + host + ":" + port;
    }
}
