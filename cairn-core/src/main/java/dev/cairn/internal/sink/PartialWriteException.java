package dev.cairn.internal.sink;

import java.io.IOException;

/** A write that failed after its first {@link #bytesWritten()} bytes (whole lines) reached the destination. */
final class PartialWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int bytesWritten;

    PartialWriteException(IOException cause, int bytesWritten) {
        super(cause.getMessage(), cause);
        this.bytesWritten = bytesWritten;
    }

    int bytesWritten() {
        return bytesWritten;
    }
}
