package dev.cairn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of hostile inputs the fuzz tests replay and build their generated inputs from: control and escape
 * characters, lone surrogates, line separators, bidirectional controls, forged lines, lookups, secret shapes and
 * malformed trace headers. Kept in {@code dev/cairn/testing/hostile-inputs.txt}, one input per line with Java escapes.
 */
public final class HostileInputs {

    private static final List<String> CORPUS = load();

    private HostileInputs() {}

    /** Every input of the corpus file, unescaped. */
    public static List<String> corpus() {
        return CORPUS;
    }

    private static List<String> load() {
        try (InputStream in = HostileInputs.class.getResourceAsStream("hostile-inputs.txt")) {
            if (in == null) {
                throw new IllegalStateException("hostile-inputs.txt is missing from cairn-test-fixtures");
            }
            List<String> inputs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    inputs.add(unescape(line));
                }
            }
            return List.copyOf(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java's escapes: backslash with n, r, t, b, f, a backslash, or u and four hex digits. */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
