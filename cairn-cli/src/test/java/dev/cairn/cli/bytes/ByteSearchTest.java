package dev.cairn.cli.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSearchTest {

    @Test
    void agreesWithAByteLoopOnRandomInput() {
        Random random = new Random(42);
        byte[] alphabet = {'a', '\n', '"', '\\', (byte) 0x8A, (byte) 0xFF, 0, 0x0B, 0x21, 0x5B};
        for (int round = 0; round < 5_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            assertThat(ByteSearch.indexOfNewline(b, from, b.length)).isEqualTo(naive(b, from, '\n', '\n'));
            assertThat(ByteSearch.indexOfQuoteOrBackslash(b, from, b.length)).isEqualTo(naive(b, from, '"', '\\'));
        }
    }

    @Test
    void hashOfEqualRangesIsEqualWhereverTheyLie() {
        byte[] a = "xxtrace-0123456789abcdef".getBytes();
        byte[] b = "trace-0123456789abcdefyy".getBytes();
        assertThat(ByteHash.hash(a, 2, a.length)).isEqualTo(ByteHash.hash(b, 0, b.length - 2));
        assertThat(ByteHash.hash(a, 2, a.length)).isNotEqualTo(ByteHash.hash(a, 3, a.length));
    }

    private static int naive(byte[] b, int from, char x, char y) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x || b[i] == y) {
                return i;
            }
        }
        return -1;
    }
}
