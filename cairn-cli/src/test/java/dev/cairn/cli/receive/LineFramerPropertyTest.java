package dev.cairn.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.receive.LineFramer.Frame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The receiver's framing reader: whatever the lines and however the stream cuts them, each comes out as sent. */
class LineFramerPropertyTest {

    private static final int MAX = 100;

    /** A stream that hands out its bytes in reads of the given sizes, in turn. */
    private static final class ChunkedStream extends InputStream {
        private final byte[] bytes;
        private final List<Integer> chunks;
        private int position;
        private int turn;

        ChunkedStream(byte[] bytes, List<Integer> chunks) {
            this.bytes = bytes;
            this.chunks = chunks;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunks.get(turn++ % chunks.size())), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }

    @Property(tries = 300)
    void everyLineComesOutWhole_andEveryLineTooLongIsSkippedWithItsLength(
            @ForAll @Size(max = 30) List<@Size(max = 250) List<@IntRange(min = 0, max = 255) Integer>> lines,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 300) Integer> chunks,
            @ForAll @IntRange(min = 1, max = 64) int readBuffer,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 255) Integer> unterminated)
            throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<byte[]> sent = new ArrayList<>();
        for (List<Integer> line : lines) {
            byte[] bytes = withoutNewlines(line);
            sent.add(bytes);
            stream.write(bytes);
            stream.write('\n');
        }
        byte[] tail = withoutNewlines(unterminated);
        stream.write(tail);
        LineFramer framer = new LineFramer(new ChunkedStream(stream.toByteArray(), chunks), MAX, readBuffer);

        for (byte[] expected : sent) {
            Frame frame = framer.next();
            if (expected.length > MAX) {
                assertThat(frame).isEqualTo(Frame.TOO_LONG);
                assertThat(framer.skipped()).isEqualTo(expected.length);
            } else {
                assertThat(frame).isEqualTo(Frame.LINE);
                assertThat(Arrays.copyOf(framer.line(), framer.length())).isEqualTo(expected);
            }
        }
        if (tail.length > 0) {
            assertThat(framer.next()).isEqualTo(Frame.CUT);
            assertThat(framer.skipped()).isEqualTo(tail.length);
        }
        assertThat(framer.next()).isEqualTo(Frame.END);
        assertThat(framer.line().length).as("line buffer bounded").isLessThanOrEqualTo(MAX);
    }

    private static byte[] withoutNewlines(List<Integer> values) {
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            int value = values.get(i);
            bytes[i] = (byte) (value == '\n' ? 'n' : value);
        }
        return bytes;
    }
}
