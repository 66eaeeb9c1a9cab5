package dev.cairn.syslog.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;

/**
 * Sends each syslog message as one UDP datagram (RFC 5426). Best effort: a datagram the network or the server drops is
 * not known. A send that fails at once (an earlier datagram drew an ICMP "port unreachable", the route is down) before
 * any datagram of the batch went out is retried by the channel; one that fails within the batch rejects the datagrams
 * not yet sent, counted, as sending the batch again would repeat those that went out.
 */
public final class DatagramTransport implements Transport {

    private final String host;
    private final int port;
    private DatagramChannel channel;

    public DatagramTransport(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        if (channel == null) {
            channel = DatagramChannel.open();
            channel.connect(new InetSocketAddress(host, port));
        }
        for (int i = 0; i < items.size(); i++) {
            try {
                channel.write(ByteBuffer.wrap(items.get(i)));
            } catch (IOException e) {
                channel.close();
                channel = null;
                if (i == 0) {
                    throw e;
                }
                return SendResult.partlyRejected(items.size() - i, "UDP send failed: " + e.getMessage());
            }
        }
        return SendResult.delivered();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    @Override
    public String toString() {
        return "udp://" + host + ":" + port;
    }
}
