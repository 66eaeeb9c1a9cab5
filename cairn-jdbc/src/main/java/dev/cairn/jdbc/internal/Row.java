package dev.cairn.jdbc.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One record as a row of the table, and its form as a delivery item (the bytes that are batched and spooled): the
 * event id, the timestamp, then each column as a length-prefixed UTF-8 string (length -1 for SQL NULL). The values are
 * already {@link StorableText storable}, so they survive the UTF-8 round trip unchanged.
 */
record Row(
        UUID eventId,
        long epochSecond,
        int nanoOfSecond,
        String level,
        String logger,
        String message,
        String thread,
        String service,
        String traceId,
        String requestId,
        String fields,
        String error) {

    /** The timestamp at the microsecond precision of {@code timestamptz}. */
    Instant timestamp() {
        return Instant.ofEpochSecond(epochSecond, nanoOfSecond).truncatedTo(ChronoUnit.MICROS);
    }

    byte[] toItem() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + message.length() + fields.length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(eventId.getMostSignificantBits());
            out.writeLong(eventId.getLeastSignificantBits());
            out.writeLong(epochSecond);
            out.writeInt(nanoOfSecond);
            for (String column :
                    new String[] {level, logger, message, thread, service, traceId, requestId, fields, error}) {
                if (column == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = column.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The row {@code item} holds.
     *
     * @throws IOException if the item is not a row (a spool written by another sink type)
     */
    static Row fromItem(byte[] item) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(item))) {
            UUID id = new UUID(in.readLong(), in.readLong());
            long second = in.readLong();
            int nano = in.readInt();
            String[] columns = new String[9];
            for (int i = 0; i < columns.length; i++) {
                int length = in.readInt();
                if (length < -1 || length > in.available()) {
                    throw new IOException("not a row: column " + i + " has length " + length);
                }
                columns[i] = length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }
            if (in.available() != 0 || columns[0] == null || columns[7] == null) {
                throw new IOException("not a row");
            }
            return new Row(
                    id,
                    second,
                    nano,
                    columns[0],
                    columns[1],
                    columns[2],
                    columns[3],
                    columns[4],
                    columns[5],
                    columns[6],
                    columns[7],
                    columns[8]);
        }
    }
}
