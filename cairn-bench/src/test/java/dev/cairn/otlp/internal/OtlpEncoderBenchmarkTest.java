package dev.cairn.otlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The encoder benchmark compares like with like: both ways give the same bytes for its record. */
class OtlpEncoderBenchmarkTest {

    @Test
    void handWrittenAndProtobufJava_writeTheSameBytes() {
        OtlpEncoderBenchmark benchmark = new OtlpEncoderBenchmark();

        assertThat(benchmark.handWritten()).isEqualTo(benchmark.protobufJava());
    }
}
