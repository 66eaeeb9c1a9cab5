package dev.cairn.internal.config;

import java.time.Duration;

/**
 * How a file sink seals its records ({@code encryption.*}; docs/security.md).
 *
 * @param keyFile the sealing key file written by {@code cairn keygen}
 * @param integrityOnly records stay readable JSON, authenticated but not encrypted
 * @param checkpointRecords a signed checkpoint after this many records at most
 * @param checkpointInterval a signed checkpoint at least this often while records arrive
 * @param evolveRecords a new key epoch after this many records at most (and with every new file)
 */
public record SealOptions(
        String keyFile, boolean integrityOnly, int checkpointRecords, Duration checkpointInterval, int evolveRecords) {}
