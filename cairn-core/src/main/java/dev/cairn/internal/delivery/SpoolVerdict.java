package dev.cairn.internal.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a whole spool file holds, read from start to end: its verified entries, and what could not be used.
 *
 * @param spoolFile whether the file starts with the spool magic (if not, nothing else was read)
 * @param entries the verified entries, in order, each a batch of records
 * @param damagedEntries entries skipped or cut, their records counted in {@code lostRecords}
 * @param lostRecords records of damaged or cut entries, as their headers said
 * @param unreadableBytes bytes after a header that cannot be right, which were not read
 */
record SpoolVerdict(
        boolean spoolFile, List<List<byte[]>> entries, int damagedEntries, long lostRecords, long unreadableBytes) {

    /** Reads every entry of {@code bytes}. */
    static SpoolVerdict of(byte[] bytes) {
        try {
            return read(SpoolFormat.of(bytes));
        } catch (IOException e) {
            throw new AssertionError("reading memory cannot fail", e);
        }
    }

    static SpoolVerdict read(SpoolFormat.Source source) throws IOException {
        if (!SpoolFormat.hasMagic(source)) {
            return new SpoolVerdict(false, List.of(), 0, 0, 0);
        }
        List<List<byte[]>> entries = new ArrayList<>();
        int damaged = 0;
        long lost = 0;
        long position = SpoolFormat.MAGIC.length;
        while (true) {
            SpoolFormat.Entry entry = SpoolFormat.read(source, position);
            if (entry instanceof SpoolFormat.Whole whole) {
                entries.add(whole.items());
                position = whole.next();
            } else if (entry instanceof SpoolFormat.Damaged skipped) {
                damaged++;
                lost += skipped.records();
                position = skipped.next();
            } else if (entry instanceof SpoolFormat.Cut cut) {
                return new SpoolVerdict(true, entries, damaged + 1, lost + cut.records(), 0);
            } else if (entry instanceof SpoolFormat.Unreadable unreadable) {
                return new SpoolVerdict(true, entries, damaged, lost, unreadable.bytes());
            } else {
                return new SpoolVerdict(true, entries, damaged, lost, 0);
            }
        }
    }
}
