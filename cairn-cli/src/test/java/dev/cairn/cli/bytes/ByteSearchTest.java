package dev.cairn.cli.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSearchTest {

    @Test
    void agreesWithAByteLoopOnRandomInput() {
        Random random = new Random(42);
        byte[] alphabet = {
            'a', '\n', '"', '\\', (byte) 0x8A, (byte) 0xFF, 0, 0x0B, 0x21, 0x5B, 0x1F, 0x20, 0x02, (byte) 0xA2
        };
        for (int round = 0; round < 5_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            assertThat(ByteSearch.indexOfNewline(b, from, b.length)).isEqualTo(naive(b, from, '\n', '\n'));
            assertThat(ByteSearch.indexOfQuoteOrBackslash(b, from, b.length)).isEqualTo(naive(b, from, '"', '\\'));
            int control = naive(b, from, '"', '\\');
            for (int i = from; i < (control < 0 ? b.length : control); i++) {
                if (b[i] >= 0 && b[i] < 0x20) {
                    control = i;
                    break;
                }
            }
            assertThat(ByteSearch.indexOfQuoteBackslashOrControl(b, from, b.length))
                    .as(Arrays.toString(b))
                    .isEqualTo(control);
        }
    }

    @Test
    void skipDigitsAgreesWithAByteLoopOnRandomInput() {
        Random random = new Random(3);
        byte[] alphabet = {'0', '5', '9', '/', ':', '.', 'e', (byte) 0xB0, (byte) 0xF9, (byte) 0x39, 0x3A};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(5) == 0
                        ? alphabet[random.nextInt(alphabet.length)]
                        : (byte) ('0' + random.nextInt(10));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + random.nextInt(b.length - from + 1);
            int naive = from;
            while (naive < to && b[naive] >= '0' && b[naive] <= '9') {
                naive++;
            }
            assertThat(ByteSearch.skipDigits(b, from, to))
                    .as("%s [%d, %d)", Arrays.toString(b), from, to)
                    .isEqualTo(naive);
        }
    }

    @Test
    void hashOfEqualRangesIsEqualWhereverTheyLie() {
        byte[] a = "xxtrace-0123456789abcdef".getBytes();
        byte[] b = "trace-0123456789abcdefyy".getBytes();
        assertThat(ByteHash.hash(a, 2, a.length)).isEqualTo(ByteHash.hash(b, 0, b.length - 2));
        assertThat(ByteHash.hash(a, 2, a.length)).isNotEqualTo(ByteHash.hash(a, 3, a.length));
    }

    @Test
    void sameBytesAgreesWithArraysEqualsAtEveryLengthAndOffset() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int len = random.nextInt(40);
            byte[] a = new byte[len + random.nextInt(9)];
            random.nextBytes(a);
            int aFrom = random.nextInt(a.length - len + 1);
            byte[] b = new byte[len + random.nextInt(9)];
            int bFrom = random.nextInt(b.length - len + 1);
            System.arraycopy(a, aFrom, b, bFrom, len);
            if (len > 0 && random.nextBoolean()) {
                // One byte differs, anywhere: first word, middle, or the overlapping last word.
                b[bFrom + random.nextInt(len)] ^= (byte) (1 + random.nextInt(255));
            }
            assertThat(ByteSearch.sameBytes(a, aFrom, b, bFrom, len))
                    .as("len %d", len)
                    .isEqualTo(Arrays.equals(a, aFrom, aFrom + len, b, bFrom, bFrom + len));
        }
    }

    @Test
    void hashReadsTheTailAsTheByteLoopDid() {
        // Estimates (distinct trace ids) depend on the hash values, so they must not change: the reference is the
        // byte-by-byte tail the word read replaced.
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            byte[] b = new byte[random.nextInt(48) + 1];
            random.nextBytes(b);
            int from = random.nextInt(b.length);
            int to = from + random.nextInt(b.length - from + 1);
            assertThat(ByteHash.hash(b, from, to)).isEqualTo(referenceHash(b, from, to));
        }
    }

    private static long referenceHash(byte[] b, int from, int to) {
        long h = 0x27D4EB2F165667C5L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = 0;
            for (int k = 7; k >= 0; k--) {
                w = w << 8 | (b[i + k] & 0xFF);
            }
            h = Long.rotateLeft(h ^ w, 29) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        for (int k = to - 1; k >= i; k--) {
            tail = tail << 8 | (b[k] & 0xFF);
        }
        h = Long.rotateLeft(h ^ tail, 29) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
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
