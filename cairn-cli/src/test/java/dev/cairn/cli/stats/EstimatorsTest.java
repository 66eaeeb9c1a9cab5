package dev.cairn.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cairn.cli.flows.LatencyHistogram;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EstimatorsTest {

    @Test
    void distinctCounter_isExactForSmallSetsAndWithinTwoPercentForLargeOnes() {
        DistinctCounter small = new DistinctCounter();
        DistinctCounter large = new DistinctCounter();
        for (int i = 0; i < 200_000; i++) {
            byte[] id = String.format("%032x", i * 2_654_435_761L).getBytes(StandardCharsets.US_ASCII);
            large.add(id, 0, id.length);
            if (i < 300) {
                small.add(id, 0, id.length);
                small.add(id, 0, id.length);
            }
        }
        assertThat(small.estimate()).isEqualTo(300);
        assertThat((double) large.estimate()).isCloseTo(200_000, within(4_000.0));
        DistinctCounter merged = new DistinctCounter();
        merged.merge(small);
        merged.merge(small);
        assertThat(merged.estimate()).isEqualTo(300);
    }

    @Test
    void topCounter_keepsTheFrequentKeysExactWhileDroppingRareOnes() {
        TopCounter top = new TopCounter(100);
        for (int i = 0; i < 10_000; i++) {
            top.add("rare-" + i, 1);
            if (i % 10 == 0) {
                top.add("hot", 1);
            }
            if (i % 20 == 0) {
                top.add("warm", 1);
            }
        }
        assertThat(top.top(2)).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("hot=1000", "warm=500");
        assertThat(top.maxDropped()).isEqualTo(1);
    }

    @Test
    void latencyHistogram_percentilesWithinOnePercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.add(i / 10.0);
        }
        h.add(Double.NaN);
        assertThat(h.count()).isEqualTo(1000);
        assertThat(h.percentile(0.5)).isCloseTo(50.0, within(0.5));
        assertThat(h.percentile(0.99)).isCloseTo(99.0, within(0.99));
        assertThat(h.percentile(1.0)).isEqualTo(100.0);
        assertThat(h.max()).isEqualTo(100.0);
        assertThat(new LatencyHistogram().percentile(0.5)).isNaN();
    }

    @Test
    void sparkline_scalesToTheHighestValue() {
        assertThat(Sparkline.draw(new long[] {0, 1, 4, 8})).isEqualTo(" ▁▄█");
    }
}
