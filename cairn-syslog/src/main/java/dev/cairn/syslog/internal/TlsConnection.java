package dev.cairn.syslog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A TLS connection (RFC 5425) through the JDK's {@link SSLSocket}, the server's certificate checked against the host
 * name. Telling whether the server has closed needs a read with a timeout of 1 ms, as TLS records cannot be peeked.
 */
final class TlsConnection implements Connection {

    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;

    private TlsConnection(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static TlsConnection open(SSLSocketFactory factory, String host, int port, Duration timeout) throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        Socket raw = new Socket();
        try {
            raw.connect(new InetSocketAddress(host, port), millis);
            raw.setKeepAlive(true);
            raw.setTcpNoDelay(true);
            SSLSocket socket = (SSLSocket) factory.createSocket(raw, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(millis);
            socket.startHandshake();
            return new TlsConnection(socket);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public boolean peerClosed() {
        try {
            socket.setSoTimeout(1);
            byte[] discard = new byte[512];
            // A syslog server sends no application data: anything read is discarded, -1 is its close.
            while (true) {
                if (in.read(discard) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void write(byte[] frames) throws IOException {
        out.write(frames);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a connection the peer already dropped: nothing left to release.
        }
    }
}
