package dev.cairn.cli.receive;

import java.time.Duration;

/**
 * How a receiver treats its clients.
 *
 * @param maxLineBytes the longest line accepted, in bytes
 * @param maxConnections TCP connections served at once; one more is refused at once
 * @param idleTimeout how long a connection may send nothing (or half a line) before it is closed
 * @param token the token a client must send in its greeting, or null when none is asked
 * @param drainTimeout at shutdown, how long connections get to finish the batch they are sending
 */
public record ReceiverSettings(
        int maxLineBytes, int maxConnections, Duration idleTimeout, byte[] token, Duration drainTimeout) {}
