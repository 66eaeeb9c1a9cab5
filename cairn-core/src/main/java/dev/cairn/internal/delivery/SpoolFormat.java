package dev.cairn.internal.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The layout of a spool file, and the reader that never misreads it.
 *
 * <p>Format: the 8 bytes {@code CAIRNSP1}, then entries, one per batch. An entry is a 12-byte header, {@code length}
 * (of the payload), {@code records} and {@code checksum} (CRC32C of the two other header fields and the payload), all
 * big-endian 32-bit, then the payload: each record as a 32-bit length and its bytes. An entry is written with one
 * call, so a process killed at any instant leaves every earlier entry whole and at most the last one cut.
 *
 * <p>Reading: an entry is used only when its checksum matches and its payload parses exactly. A header that cannot be
 * right (negative, or more records than the payload can hold) ends the file: nothing after it can be trusted to be an
 * entry boundary. A cut entry (the file ends inside it) ends the file too. A whole entry with a bad checksum is
 * skipped, its records counted from its header. Nothing read here ever throws on content.
 */
final class SpoolFormat {

    static final byte[] MAGIC = "CAIRNSP1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 12;

    private SpoolFormat() {}

    /** The bytes of one entry holding {@code items}. */
    static byte[] encode(List<byte[]> items) {
        long payload = 0;
        for (byte[] item : items) {
            payload += 4L + item.length;
        }
        if (payload > Integer.MAX_VALUE - HEADER) {
            throw new IllegalArgumentException("batch too large for one spool entry: " + payload + " bytes");
        }
        ByteBuffer entry = ByteBuffer.allocate(HEADER + (int) payload);
        entry.putInt((int) payload).putInt(items.size()).putInt(0);
        for (byte[] item : items) {
            entry.putInt(item.length).put(item);
        }
        byte[] bytes = entry.array();
        ByteBuffer.wrap(bytes, 8, 4).putInt(checksum(bytes, (int) payload));
        return bytes;
    }

    private static int checksum(byte[] entry, int payloadLength) {
        CRC32C crc = new CRC32C();
        crc.update(entry, 0, 8);
        crc.update(entry, HEADER, payloadLength);
        return (int) crc.getValue();
    }

    /** Positional reads of a spool file's bytes. */
    interface Source {
        long size() throws IOException;

        /** Reads exactly {@code into.length} bytes at {@code position}, which the caller checked are there. */
        void read(long position, byte[] into) throws IOException;
    }

    /** A source over bytes in memory. */
    static Source of(byte[] bytes) {
        return new Source() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public void read(long position, byte[] into) {
                System.arraycopy(bytes, (int) position, into, 0, into.length);
            }
        };
    }

    /** What reading at one position found. */
    sealed interface Entry {}

    /** A whole, verified entry; the next one starts at {@code next}. */
    record Whole(List<byte[]> items, long next) implements Entry {}

    /** A whole entry whose checksum or payload is wrong, skipped; its header said {@code records}. */
    record Damaged(long records, long next) implements Entry {}

    /** The file ends inside an entry whose header said {@code records} (0 when the header itself is cut). */
    record Cut(long records) implements Entry {}

    /** A header that cannot be right: the rest of the file, {@code bytes} long, cannot be read. */
    record Unreadable(long bytes) implements Entry {}

    /** The file ends cleanly here. */
    record End() implements Entry {}

    /** Whether {@code source} starts with the spool magic. */
    static boolean hasMagic(Source source) throws IOException {
        if (source.size() < MAGIC.length) {
            return false;
        }
        byte[] start = new byte[MAGIC.length];
        source.read(0, start);
        return Arrays.equals(start, MAGIC);
    }

    /**
     * The records the entries from {@code position} on say they hold, by their headers only (checksums are verified
     * when they are read); a header that cannot be right ends the count, as it ends reading.
     */
    static long records(Source source, long position) throws IOException {
        long size = source.size();
        long count = 0;
        byte[] header = new byte[HEADER];
        while (size - position >= HEADER) {
            source.read(position, header);
            ByteBuffer fields = ByteBuffer.wrap(header);
            int length = fields.getInt();
            int records = fields.getInt();
            if (length < 0 || records < 0 || (long) records * 4 > length) {
                break;
            }
            count += records;
            position += HEADER + (long) length;
        }
        return count;
    }

    /** Reads the entry at {@code position} (at or after the magic). */
    static Entry read(Source source, long position) throws IOException {
        long size = source.size();
        if (position >= size) {
            return new End();
        }
        if (size - position < HEADER) {
            return new Cut(0);
        }
        byte[] header = new byte[HEADER];
        source.read(position, header);
        ByteBuffer fields = ByteBuffer.wrap(header);
        int length = fields.getInt();
        int records = fields.getInt();
        int checksum = fields.getInt();
        if (length < 0 || records < 0 || (long) records * 4 > length) {
            return new Unreadable(size - position);
        }
        long next = position + HEADER + length;
        if (next > size) {
            return new Cut(records);
        }
        byte[] entry = new byte[HEADER + length];
        System.arraycopy(header, 0, entry, 0, HEADER);
        byte[] payload = new byte[length];
        source.read(position + HEADER, payload);
        System.arraycopy(payload, 0, entry, HEADER, length);
        if (checksum(entry, length) != checksum) {
            return new Damaged(records, next);
        }
        List<byte[]> items = parse(payload, records);
        return items == null ? new Damaged(records, next) : new Whole(items, next);
    }

    /** The {@code records} items of {@code payload}, or null if they do not fill it exactly. */
    private static List<byte[]> parse(byte[] payload, int records) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        List<byte[]> items = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            if (in.remaining() < 4) {
                return null;
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                return null;
            }
            byte[] item = new byte[length];
            in.get(item);
            items.add(item);
        }
        return in.hasRemaining() ? null : items;
    }
}
