package dev.cairn.bench.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OTLP comparison harness, run short: it measures what it says, and Cairn loses nothing across an outage. */
class OtlpComparisonSmokeTest {

    @Test
    void outage_short_cairnDeliversEveryRecord() throws Exception {
        OtlpComparison.Result cairn = OtlpComparison.outage(OtlpComparison.LIBRARIES.get(0), 500, 1, 3, 1);

        assertThat(cairn.logged()).isEqualTo(2_500);
        assertThat(cairn.loggedDuringOutage()).isEqualTo(1_500);
        assertThat(cairn.lost()).isZero();
    }

    @Test
    void throughput_short_everyLibraryDelivers() throws Exception {
        for (OtlpComparison.Library library : OtlpComparison.LIBRARIES) {
            OtlpComparison.Result result = OtlpComparison.throughput(library, 1, 1_000);

            assertThat(result.logged()).as(library.name()).isPositive();
            assertThat(result.delivered()).as(library.name()).isPositive().isLessThanOrEqualTo(result.logged());
        }
    }
}
