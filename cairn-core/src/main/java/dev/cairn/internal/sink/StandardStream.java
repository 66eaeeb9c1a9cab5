package dev.cairn.internal.sink;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@code System.out} or {@code System.err} as they are at each write, so that a test harness or IDE that replaces
 * them sees the records. Do not redirect them into logging: records would loop.
 */
final class StandardStream extends OutputStream {

    private final boolean error;

    StandardStream(boolean error) {
        this.error = error;
    }

    private PrintStream stream() {
        return error ? System.err : System.out;
    }

    @Override
    public void write(int b) {
        stream().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        stream().write(bytes, offset, length);
    }

    @Override
    public void flush() {
        stream().flush();
    }
}
