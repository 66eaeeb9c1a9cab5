/**
 * The {@code tcp} and {@code udp} sink types: Cairn's JSON lines to {@code cairn receive} (or any newline-delimited
 * JSON listener) over TCP or TLS with acknowledged delivery, or over UDP one record per datagram. A provider module: it
 * exports nothing.
 */
module dev.cairn.net {
    requires dev.cairn;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.net.internal.TcpSinkProvider,
            dev.cairn.net.internal.UdpSinkProvider;
}
