package dev.cairn.otlp.internal;

import java.nio.charset.StandardCharsets;

/**
 * Reads the few fields Cairn needs from a collector's protobuf answer (the partial success of an export response),
 * skipping everything else. Hand-written, like {@link ProtoWriter}; malformed input ends the read with what was found.
 */
final class ProtoReader {

    private final byte[] data;
    private int position;
    private final int end;
    private int field;
    private int wireType;

    ProtoReader(byte[] data) {
        this(data, 0, data.length);
    }

    private ProtoReader(byte[] data, int start, int end) {
        this.data = data;
        this.position = start;
        this.end = end;
    }

    /** Moves to the next field; false at the end or on malformed input. */
    boolean next() {
        if (position >= end) {
            return false;
        }
        long tag = varint();
        if (tag < 0) {
            return false;
        }
        field = (int) (tag >>> 3);
        wireType = (int) (tag & 7);
        return true;
    }

    int field() {
        return field;
    }

    /** The current varint field's value. */
    long longValue() {
        return varint();
    }

    /** The current length-delimited field as a nested reader. */
    ProtoReader message() {
        int length = (int) varint();
        int start = position;
        if (length < 0 || start + length > end) {
            position = end;
            return new ProtoReader(data, 0, 0);
        }
        position = start + length;
        return new ProtoReader(data, start, start + length);
    }

    String string() {
        int length = (int) varint();
        if (length < 0 || position + length > end) {
            position = end;
            return "";
        }
        String text = new String(data, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    void skip() {
        switch (wireType) {
            case 0:
                varint();
                break;
            case 1:
                position += 8;
                break;
            case 2:
                long length = varint();
                position = length < 0 ? end : (int) Math.min(end, position + length);
                break;
            case 5:
                position += 4;
                break;
            default:
                position = end;
        }
    }

    private long varint() {
        long result = 0;
        for (int shift = 0; shift < 64 && position < end; shift += 7) {
            byte b = data[position++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        position = end;
        return -1;
    }
}
