package dev.cairn.cli.receive;

import dev.cairn.cli.receive.LineFramer.Frame;
import dev.cairn.cli.receive.RecordLineCheck.Reason;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Serves one TCP (or TLS) connection on a thread of its own: Cairn's acknowledged protocol when the first line is a
 * greeting ({@code @cairn 1 [token]}), plain newline-delimited JSON otherwise (refused when a token is required).
 *
 * <p>Every line is checked ({@link RecordLineCheck}); accepted lines are written in batches through the shared
 * {@link RecordOutput}. A Cairn sender's batch is acknowledged ({@code @ack count rejected}) only after its lines were
 * written. Plain lines are written when the client pauses or a batch fills. Memory: a read buffer and at most one line
 * of the limit, plus the pending batch (flushed at {@link #FLUSH_BYTES}).
 */
final class ClientSession implements Runnable {

    static final int FLUSH_BYTES = 256 * 1024;
    private static final byte[] GREETING = "@cairn ".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final String client;
    private final ReceiverSettings settings;
    private final RecordOutput output;
    private final ReceiveTotals totals;
    private final Consumer<String> report;
    private final Runnable onEnd;
    private final ClientCounts counts = new ClientCounts();
    private final RecordLineCheck check = new RecordLineCheck();
    private final LineBatch pending = new LineBatch();
    private volatile boolean betweenBatches = true;
    private long batchLines;
    private long batchRejected;

    ClientSession(
            Socket socket,
            String client,
            ReceiverSettings settings,
            RecordOutput output,
            ReceiveTotals totals,
            Consumer<String> report,
            Runnable onEnd) {
        this.socket = socket;
        this.client = client;
        this.settings = settings;
        this.output = output;
        this.totals = totals;
        this.report = report;
        this.onEnd = onEnd;
    }

    /** Whether the client is between two batches (or sends plain lines): at shutdown it can be cut at once. */
    boolean betweenBatches() {
        return betweenBatches;
    }

    /** Ends the connection's input: the session writes what it has and ends. */
    void endInput() {
        try {
            socket.shutdownInput();
        } catch (IOException | UnsupportedOperationException e) {
            close();
        }
    }

    @Override
    public void run() {
        String mode = "plain JSON lines";
        String ending = "disconnected";
        long started = System.nanoTime();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(
                    (int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toMillis()));
            InputStream in = socket.getInputStream();
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 512);
            LineFramer framer = new LineFramer(in, settings.maxLineBytes(), 16 * 1024);
            Frame frame = framer.next();
            boolean cairn = frame == Frame.LINE && startsWith(framer.line(), framer.length(), GREETING);
            if (cairn) {
                mode = "cairn protocol";
                String refusal = greet(framer.line(), framer.length());
                out.write((refusal == null ? "@ok\n" : "@refused " + refusal + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (refusal != null) {
                    totals.refused.incrementAndGet();
                    ending = "refused (" + refusal + ")";
                    return;
                }
                frame = framer.next();
            } else if (settings.token() != null) {
                totals.refused.incrementAndGet();
                ending = "refused (no greeting with the token)";
                return;
            }
            while (frame != Frame.END) {
                switch (frame) {
                    case LINE:
                        if (framer.length() > 0 && framer.line()[0] == '@') {
                            control(framer.line(), framer.length(), cairn, out);
                        } else {
                            line(framer.line(), framer.length());
                        }
                        break;
                    case TOO_LONG:
                        reject(Reason.TOO_LONG);
                        break;
                    default:
                        reject(Reason.CUT);
                        break;
                }
                if (frame == Frame.CUT) {
                    break;
                }
                if (pending.bytes() >= FLUSH_BYTES || (!cairn && !framer.buffered() && in.available() == 0)) {
                    writePending();
                }
                frame = framer.next();
            }
            writePending();
        } catch (SocketTimeoutException e) {
            totals.timedOut.incrementAndGet();
            ending = "timed out after " + settings.idleTimeout().toSeconds() + " s without a whole line";
            writeQuietly();
        } catch (IOException e) {
            ending = "cut (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            writeQuietly();
        } finally {
            close();
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            report.accept(
                    "client " + client + " (" + mode + ") " + ending + " after " + seconds + " s: " + counts.summary());
            onEnd.run();
        }
    }

    private void line(byte[] line, int length) {
        betweenBatches = false;
        batchLines++;
        Reason reason = check.check(line, length);
        if (reason != null) {
            reject(reason);
            return;
        }
        pending.add(line, length);
    }

    private void reject(Reason reason) {
        betweenBatches = false;
        if (reason == Reason.TOO_LONG) {
            batchLines++;
        }
        batchRejected++;
        counts.reject(reason);
        totals.rejected.incrementAndGet();
    }

    private void control(byte[] line, int length, boolean cairn, OutputStream out) throws IOException {
        String text = new String(line, 0, Math.min(length, 64), StandardCharsets.US_ASCII);
        if (cairn && text.startsWith("@end ")) {
            writePending();
            out.write(("@ack " + batchLines + " " + batchRejected + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            counts.batches++;
            batchLines = 0;
            batchRejected = 0;
            betweenBatches = true;
            return;
        }
        batchLines++;
        reject(Reason.UNKNOWN_CONTROL);
    }

    private String greet(byte[] line, int length) {
        String[] parts =
                new String(line, 0, length, StandardCharsets.UTF_8).trim().split(" ");
        if (parts.length < 2 || !parts[1].equals("1")) {
            return "unsupported protocol version (this receiver speaks 1)";
        }
        if (settings.token() == null) {
            return null;
        }
        byte[] given = parts.length == 3 ? parts[2].getBytes(StandardCharsets.UTF_8) : new byte[0];
        return MessageDigest.isEqual(given, settings.token()) ? null : "wrong or missing token";
    }

    private void writePending() throws IOException {
        if (pending.count() > 0) {
            output.write(pending);
            counts.accepted += pending.count();
            totals.accepted.addAndGet(pending.count());
            pending.clear();
        }
    }

    private void writeQuietly() {
        try {
            writePending();
        } catch (IOException e) {
            report.accept("cannot write the records of client " + client + " (" + e.getMessage() + ")");
        }
    }

    private void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The session is over either way.
        }
    }

    private static boolean startsWith(byte[] line, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(line, 0, prefix.length, prefix, 0, prefix.length);
    }
}
