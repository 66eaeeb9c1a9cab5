package dev.cairn.internal.seal;

import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.LogRecord;

/**
 * A layout whose lines are sealed: the inner layout writes the record, the {@link Sealer} encrypts or authenticates
 * it. Re-entry (a value's {@code toString()} that logs) formats the nested record into a buffer of its own.
 */
public final class SealingLayout implements Layout {

    private final Layout inner;
    private final Sealer sealer;
    private final Utf8Output plain = new Utf8Output(1024);
    private boolean busy;

    public SealingLayout(Layout inner, Sealer sealer) {
        this.inner = inner;
        this.sealer = sealer;
    }

    @Override
    public void format(LogRecord record, Utf8Output out) {
        if (busy) {
            Utf8Output nested = new Utf8Output(256);
            inner.format(record, nested);
            sealer.seal(nested, out);
            return;
        }
        busy = true;
        try {
            inner.format(record, plain);
            sealer.seal(plain, out);
        } finally {
            busy = false;
            plain.reset();
        }
    }

    @Override
    public long cut() {
        return inner.cut();
    }
}
