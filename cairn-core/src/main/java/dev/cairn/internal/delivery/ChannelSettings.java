package dev.cairn.internal.delivery;

import java.nio.file.Path;

/**
 * The options of one delivery channel, resolved.
 *
 * @param maxRecords records in one batch at most
 * @param maxBytes bytes of records in one batch at most (a single larger record is sent alone)
 * @param maxDelayNanos how long the first record of a batch waits for more before the batch is sent
 * @param backoff the waits between attempts to send a batch the peer may accept later
 * @param spoolFolder the channel's spool folder
 * @param spoolMaxBytes the size the spool files may take in all
 */
public record ChannelSettings(
        int maxRecords, long maxBytes, long maxDelayNanos, Backoff backoff, Path spoolFolder, long spoolMaxBytes) {}
