package dev.cairn.otlp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small hand-written protocol buffers writer, enough for the OTLP messages Cairn sends: varints, fixed64, fixed32,
 * doubles, strings, bytes and length-delimited sub-messages. It runs per record where sinks are written (the writer
 * thread in asynchronous mode) and per request on the channel's sender thread, and keeps Cairn free of the protobuf
 * library ({@link ProtobufEncoding} gives the measurement that chose it).
 *
 * <p>Sub-messages are written in place: {@link #begin} writes the tag and reserves one byte for the length,
 * {@link #end} writes the length and, for a message of 128 bytes or more, moves its body by the extra length bytes.
 * One growing array, no lock, no buffer per message.
 */
final class ProtoWriter {

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private byte[] buffer = new byte[256];
    private int size;

    ProtoWriter varint(int field, long value) {
        tag(field, VARINT);
        rawVarint(value);
        return this;
    }

    ProtoWriter bool(int field, boolean value) {
        return varint(field, value ? 1 : 0);
    }

    ProtoWriter fixed64(int field, long value) {
        tag(field, FIXED64);
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    ProtoWriter fixed32(int field, int value) {
        tag(field, FIXED32);
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    ProtoWriter doubleValue(int field, double value) {
        return fixed64(field, Double.doubleToRawLongBits(value));
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        rawVarint(value.length);
        return raw(value, 0, value.length);
    }

    /** Starts sub-message {@code field}; returns the mark to pass to {@link #end}. */
    int begin(int field) {
        tag(field, LENGTH_DELIMITED);
        ensure(1);
        size++;
        return size;
    }

    /** Ends the sub-message started at {@code mark}: writes its length before it. */
    void end(int mark) {
        int length = size - mark;
        int lengthBytes = varintSize(length);
        if (lengthBytes > 1) {
            ensure(lengthBytes - 1);
            System.arraycopy(buffer, mark, buffer, mark + lengthBytes - 1, length);
            size += lengthBytes - 1;
        }
        int at = mark - 1;
        long v = length;
        while ((v & ~0x7FL) != 0) {
            buffer[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[at] = (byte) v;
    }

    /** Appends bytes that are already encoded fields. */
    ProtoWriter raw(byte[] encoded, int offset, int length) {
        ensure(length);
        System.arraycopy(encoded, offset, buffer, size, length);
        size += length;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void tag(int field, int wireType) {
        rawVarint(((long) field << 3) | wireType);
    }

    private void rawVarint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
    }

    private static int varintSize(int value) {
        int bytes = 1;
        for (long v = value; (v & ~0x7FL) != 0; v >>>= 7) {
            bytes++;
        }
        return bytes;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
