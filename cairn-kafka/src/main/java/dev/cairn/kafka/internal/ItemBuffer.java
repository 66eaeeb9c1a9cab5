package dev.cairn.kafka.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** The bytes of one item as they are written: key and headers, then the JSON line, whose line end is left out. */
final class ItemBuffer extends ByteArrayOutputStream {

    ItemBuffer() {
        super(512);
    }

    /** The item: everything written, less a final {@code \n} (a Kafka record is one JSON object, not a line). */
    byte[] toItem() {
        int end = count > 0 && buf[count - 1] == '\n' ? count - 1 : count;
        return Arrays.copyOf(buf, end);
    }
}
