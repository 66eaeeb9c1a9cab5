package dev.cairn.internal.secret;

import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.LogRecord;
import java.util.concurrent.atomic.LongAdder;

/**
 * A layout whose records have their secrets masked by a {@link SecretScanner} after the inner layout wrote them: the
 * scan runs where layouts run, on the writer thread (or on a sink's own delivery thread), never on the caller's when
 * logging is asynchronous.
 */
public final class SecretMaskingLayout implements Layout {

    private final Layout inner;
    private final SecretScanner scanner;
    private final LongAdder masked;

    /** Masks what {@code inner} writes with {@code scanner}, adding each mask to {@code masked}. */
    public SecretMaskingLayout(Layout inner, SecretScanner scanner, LongAdder masked) {
        this.inner = inner;
        this.scanner = scanner;
        this.masked = masked;
    }

    @Override
    public void format(LogRecord record, Utf8Output out) {
        int start = out.length();
        inner.format(record, out);
        int count = scanner.mask(out, start);
        if (count > 0) {
            masked.add(count);
        }
    }

    @Override
    public long cut() {
        return inner.cut();
    }
}
