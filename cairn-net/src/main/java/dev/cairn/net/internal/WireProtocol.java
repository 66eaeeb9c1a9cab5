package dev.cairn.net.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The control lines of Cairn's JSON-lines protocol (docs/shipping.md). A record line starts with <code>{</code>, a
 * control line with {@code @}, so the two never mix up and a plain newline-delimited JSON client needs none of them.
 *
 * <pre>
 * sender:   @cairn 1 [token]       receiver: @ok  |  @refused reason
 * sender:   record lines..., then @end count
 * receiver: @ack count rejected    (once every line is written, and synced if the receiver is told to)
 * </pre>
 */
final class WireProtocol {

    static final int VERSION = 1;
    /** The longest control line either side sends. */
    static final int MAX_CONTROL_LINE = 512;

    private WireProtocol() {}

    static byte[] hello(String token) {
        return ("@cairn " + VERSION + (token.isEmpty() ? "" : " " + token) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] end(int count) {
        return ("@end " + count + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads one control line of the receiver, without its newline.
     *
     * @throws IOException when the connection ends first, or the line is longer than any control line
     */
    static String readControlLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(32);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the receiver closed the connection before answering");
            }
            if (b == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_CONTROL_LINE) {
                throw new IOException("the receiver answered with a line longer than " + MAX_CONTROL_LINE + " bytes");
            }
            line.append((char) (b & 0x7f));
        }
    }
}
