package dev.cairn.net.internal;

import dev.cairn.delivery.SendResult;
import dev.cairn.delivery.Transport;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.List;

/**
 * Sends each item as one datagram. Best effort: UDP has no answer, so every batch counts as delivered once its
 * datagrams left; a receiver that is down or a full socket buffer loses them unseen. Only an ICMP "port unreachable"
 * the kernel reports on the connected socket is seen, and makes the channel retry the batch.
 */
final class UdpTransport implements Transport {

    private final InetSocketAddress target;
    private DatagramSocket socket;

    UdpTransport(String host, int port) {
        this.target = new InetSocketAddress(host, port);
    }

    @Override
    public SendResult send(List<byte[]> items) throws IOException {
        if (socket == null) {
            DatagramSocket opened = new DatagramSocket();
            opened.connect(
                    target.isUnresolved() ? new InetSocketAddress(target.getHostString(), target.getPort()) : target);
            socket = opened;
        }
        try {
            for (byte[] item : items) {
                int length = item.length > 0 && item[item.length - 1] == '\n' ? item.length - 1 : item.length;
                socket.send(new DatagramPacket(item, 0, length));
            }
        } catch (PortUnreachableException e) {
            return SendResult.retry(null, "nothing listens on " + this + " (ICMP port unreachable)");
        } catch (IOException e) {
            socket.close();
            socket = null;
            throw e;
        }
        return SendResult.delivered();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }

    @Override
    public String toString() {
        return "udp://" + target.getHostString() + ":" + target.getPort();
    }
}
