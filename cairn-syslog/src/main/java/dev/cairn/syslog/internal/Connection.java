package dev.cairn.syslog.internal;

import java.io.IOException;

/** One open stream to the syslog server, plain TCP or TLS. */
interface Connection extends AutoCloseable {

    /**
     * Whether the server has closed its side (or reset it) since the last write, checked without waiting for data: a
     * server that stopped closes its connections, and a frame written after that would be lost in the socket's buffer.
     */
    boolean peerClosed();

    /** Writes {@code frames} whole; may block while the server does not read. */
    void write(byte[] frames) throws IOException;

    @Override
    void close();
}
