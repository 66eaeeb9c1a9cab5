package dev.cairn.syslog.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A plain TCP connection as a {@link SocketChannel}: blocking writes, and a non-blocking read to tell whether the
 * server has closed, which costs no wait when it has not.
 */
final class PlainConnection implements Connection {

    private final SocketChannel channel;
    private final ByteBuffer probe = ByteBuffer.allocate(512);

    private PlainConnection(SocketChannel channel) {
        this.channel = channel;
    }

    static PlainConnection open(String host, int port, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.socket()
                    .connect(new InetSocketAddress(host, port), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            channel.socket().setKeepAlive(true);
            channel.socket().setTcpNoDelay(true);
            return new PlainConnection(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public boolean peerClosed() {
        try {
            channel.configureBlocking(false);
            try {
                // A syslog server sends nothing: anything read is discarded, -1 is its close.
                int read;
                do {
                    probe.clear();
                    read = channel.read(probe);
                } while (read > 0);
                return read < 0;
            } finally {
                channel.configureBlocking(true);
            }
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void write(byte[] frames) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(frames);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a connection the peer already dropped: nothing left to release.
        }
    }
}
