package dev.cairn.kafka.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * One record as the delivery engine carries and spools it: everything the Kafka record needs but the topic, so a
 * batch read back from the spool after a restart is produced exactly as it was formed.
 *
 * <p>Layout (big-endian): {@code int32} key length ({@code -1}: no key) and the key's UTF-8 bytes; one byte, the number
 * of headers, each an {@code int16} name length, the name, an {@code int32} value length and the value; then the
 * value, the record's JSON object, to the end of the item.
 */
final class KafkaItem {

    private KafkaItem() {}

    /** Writes the key and headers of an item to {@code out}; the caller then writes the value. */
    static void writePrefix(ByteArrayOutputStream out, String key, List<String> headerNames, List<String> values) {
        writeBytes(out, key == null ? null : key.getBytes(StandardCharsets.UTF_8), 4);
        out.write(headerNames.size());
        for (int i = 0; i < headerNames.size(); i++) {
            writeBytes(out, headerNames.get(i).getBytes(StandardCharsets.UTF_8), 2);
            writeBytes(out, values.get(i).getBytes(StandardCharsets.UTF_8), 4);
        }
    }

    /**
     * The Kafka record {@code item} stands for, to {@code topic}.
     *
     * @throws IllegalArgumentException when {@code item} is not an item (never for what {@link #writePrefix} began)
     */
    static ProducerRecord<byte[], byte[]> toRecord(String topic, byte[] item) {
        try {
            ByteBuffer in = ByteBuffer.wrap(item);
            byte[] key = readBytes(in, in.getInt());
            int count = Byte.toUnsignedInt(in.get());
            List<Header> headers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String name = new String(readBytes(in, Short.toUnsignedInt(in.getShort())), StandardCharsets.UTF_8);
                headers.add(new RecordHeader(name, readBytes(in, in.getInt())));
            }
            byte[] value = Arrays.copyOfRange(item, in.position(), item.length);
            return new ProducerRecord<>(topic, null, key, value, headers);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a kafka sink item (" + item.length + " bytes)", e);
        }
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] bytes, int lengthBytes) {
        int length = bytes == null ? -1 : bytes.length;
        for (int shift = (lengthBytes - 1) * 8; shift >= 0; shift -= 8) {
            out.write(length >>> shift);
        }
        if (bytes != null) {
            out.write(bytes, 0, bytes.length);
        }
    }

    private static byte[] readBytes(ByteBuffer in, int length) {
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
