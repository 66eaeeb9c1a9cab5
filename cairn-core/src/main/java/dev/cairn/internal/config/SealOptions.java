package dev.cairn.internal.config;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a file sink seals its records ({@code encryption.*}; docs/security.md).
 *
 * @param sources where the key comes from, as configured: exactly one is valid, several are refused by {@link #key()}
 * @param integrityOnly records stay readable JSON, authenticated but not encrypted
 * @param checkpointRecords a signed checkpoint after this many records at most
 * @param checkpointInterval a signed checkpoint at least this often while records arrive
 * @param evolveRecords a new key epoch after this many records at most (and with every new file)
 */
public record SealOptions(
        List<SealKeySource> sources,
        boolean integrityOnly,
        int checkpointRecords,
        Duration checkpointInterval,
        int evolveRecords) {

    public SealOptions {
        sources = List.copyOf(sources);
    }

    /**
     * The one source of the key.
     *
     * @throws IllegalArgumentException naming every key that set one, when more than one did
     */
    public SealKeySource key() {
        if (sources.size() != 1) {
            throw new IllegalArgumentException(
                    sources.stream().map(SealKeySource::setBy).collect(Collectors.joining(" and "))
                            + " each name the sealing key; a sink takes its key from exactly one of encryption.key-file,"
                            + " encryption.key-env and encryption.keystore");
        }
        return sources.get(0);
    }
}
