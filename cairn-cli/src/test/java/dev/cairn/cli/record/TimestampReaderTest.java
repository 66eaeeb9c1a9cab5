package dev.cairn.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampReaderTest {

    @Test
    void readsEveryTimestampAsTimestampsDoes_whateverCameBefore() {
        Random random = new Random(19);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            texts.add(variant(random, random.nextInt(3)));
        }
        TimestampReader reader = new TimestampReader();
        for (String text : texts) {
            // Inside a longer buffer, as the scanner hands it over.
            byte[] b = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
            assertThat(reader.parseMicros(b, 1, b.length - 1))
                    .as(text)
                    .isEqualTo(Timestamps.parseMicros(b, 1, b.length - 1));
        }
    }

    @Test
    void aBadRestAfterAGoodMinuteIsRejected() {
        TimestampReader reader = new TimestampReader();
        byte[] good = "2026-11-21T10:15:30.5Z".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.parseMicros(good, 0, good.length)).isEqualTo(Timestamps.parseMicros(good, 0, good.length));
        for (String bad : List.of(
                "2026-11-21T10:15:61Z", "2026-11-21T10:15x30Z", "2026-11-21T10:15:30.Z", "2026-11-21T10:15:3aZ")) {
            byte[] b = bad.getBytes(StandardCharsets.UTF_8);
            assertThat(reader.parseMicros(b, 0, b.length)).as(bad).isEqualTo(Timestamps.NONE);
        }
        byte[] badMinute = "2026-11-21T10:75:30.5Z".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.parseMicros(badMinute, 0, badMinute.length)).isEqualTo(Timestamps.NONE);
        assertThat(reader.parseMicros(good, 0, good.length)).isEqualTo(Timestamps.parseMicros(good, 0, good.length));
    }

    /** Mostly runs of one minute, as in a log; sometimes an offset, a bad field or a cut timestamp. */
    private static String variant(Random random, int minute) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("2026-11-21T10:%02d:%02d", minute, random.nextInt(62)));
        switch (random.nextInt(6)) {
            case 0 -> sb.append('.').append(random.nextInt(1_000_000));
            case 1 -> sb.append(',').append(random.nextInt(1_000));
            case 2 -> sb.append(".").append("123456789");
            default -> {}
        }
        switch (random.nextInt(8)) {
            case 0 -> sb.append("+01:30");
            case 1 -> sb.append("-05:00");
            case 2 -> sb.append("z");
            case 3 -> sb.append("+0100");
            default -> sb.append('Z');
        }
        if (random.nextInt(20) == 0) {
            sb.setCharAt(random.nextInt(sb.length()), (char) ('0' + random.nextInt(43)));
        }
        if (random.nextInt(50) == 0) {
            sb.setLength(random.nextInt(sb.length()));
        }
        return sb.toString();
    }
}
