package dev.cairn.servlet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A writer that encodes each write straight into the stream, keeping nothing back but half of a surrogate pair, so
 * that the container sees every character the application wrote even if the writer itself is never flushed (an
 * asynchronous request completed right after writing). {@code OutputStreamWriter} buffers, which would lose them.
 */
final class EncodingWriter extends Writer {

    private final OutputStream out;
    private final CharsetEncoder encoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1024);
    private char pendingHigh;
    private boolean hasPending;

    EncodingWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        CharBuffer input;
        if (hasPending) {
            char[] joined = new char[length + 1];
            joined[0] = pendingHigh;
            System.arraycopy(chars, offset, joined, 1, length);
            input = CharBuffer.wrap(joined);
            hasPending = false;
        } else {
            input = CharBuffer.wrap(chars, offset, length);
        }
        if (Character.isHighSurrogate(input.get(input.limit() - 1))) {
            pendingHigh = input.get(input.limit() - 1);
            hasPending = true;
            input.limit(input.limit() - 1);
        }
        while (true) {
            CoderResult result = encoder.encode(input, bytes, false);
            drain();
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private void drain() throws IOException {
        bytes.flip();
        out.write(bytes.array(), 0, bytes.limit());
        bytes.clear();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (hasPending) {
            hasPending = false;
            write(new char[] {'\uFFFD'}, 0, 1);
        }
        out.close();
    }
}
