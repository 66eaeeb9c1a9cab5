package dev.cairn.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.assertj.core.api.SoftAssertions;

/**
 * {@link ShortestDouble} against the definition of {@code Double.toString} since JDK 19 (the shortest decimal that
 * reads back as the value, the closest of those, in the JDK's layout), against an exact {@code BigDecimal} reference,
 * and, on JDK 19 and later, against {@code Double.toString} and {@code Float.toString} themselves.
 */
class ShortestDoubleTest {

    private static final int FIRST_SCHUBFACH_JDK = 19;

    @Property(tries = 20_000)
    void aDoubleReadsBackAsItself(@ForAll("doubles") double v) {
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(text(v)))).isEqualTo(Double.doubleToRawLongBits(v));
    }

    @Property(tries = 20_000)
    void aFloatReadsBackAsItself(@ForAll("floats") float v) {
        assertThat(Float.floatToRawIntBits(Float.parseFloat(text(v)))).isEqualTo(Float.floatToRawIntBits(v));
    }

    @Property(tries = 5_000)
    void aDoubleIsTheClosestOfTheShortestDecimalsThatReadBack(@ForAll("doubles") double v) {
        String text = text(v);
        BigDecimal written = new BigDecimal(text);
        int digits = significantDigits(written);
        BigDecimal exact = new BigDecimal(v);
        assertThat(written).isEqualByComparingTo(exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
        // the JDK writes two digits when one would do (4.9E-324, not 5.0E-324): shorter is only checked from three
        if (digits >= 3) {
            BigDecimal shorter = exact.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
            assertThat(shorter.doubleValue())
                    .as("%s reads back as %s", shorter, v)
                    .isNotEqualTo(v);
        }
    }

    @Property(tries = 5_000)
    void aFloatIsTheClosestOfTheShortestDecimalsThatReadBack(@ForAll("floats") float v) {
        String text = text(v);
        BigDecimal written = new BigDecimal(text);
        int digits = significantDigits(written);
        BigDecimal exact = new BigDecimal(v);
        assertThat(written).isEqualByComparingTo(exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
        if (digits >= 3) {
            BigDecimal shorter = exact.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
            assertThat(shorter.floatValue())
                    .as("%s reads back as %s", shorter, v)
                    .isNotEqualTo(v);
        }
    }

    @Property(tries = 20_000)
    @AddLifecycleHook(SchubfachInTheJdk.class)
    void aDoubleIsWrittenAsDoubleToStringWritesIt(@ForAll("doubles") double v) {
        assertThat(text(v)).isEqualTo(Double.toString(v));
    }

    @Property(tries = 20_000)
    @AddLifecycleHook(SchubfachInTheJdk.class)
    void aFloatIsWrittenAsFloatToStringWritesIt(@ForAll("floats") float v) {
        assertThat(text(v)).isEqualTo(Float.toString(v));
    }

    @Example
    void edgeDoublesAreWrittenAsJdk19WritesThem() {
        List<Map.Entry<Double, String>> expected = List.of(
                Map.entry(Double.MIN_VALUE, "4.9E-324"),
                Map.entry(5.0E-324, "4.9E-324"),
                Map.entry(2 * Double.MIN_VALUE, "9.9E-324"),
                Map.entry(3 * Double.MIN_VALUE, "1.5E-323"),
                Map.entry(10 * Double.MIN_VALUE, "4.9E-323"),
                Map.entry(Math.nextDown(Double.MIN_NORMAL), "2.225073858507201E-308"),
                Map.entry(Double.MIN_NORMAL, "2.2250738585072014E-308"),
                Map.entry(Double.MAX_VALUE, "1.7976931348623157E308"),
                Map.entry(Math.nextDown(Double.MAX_VALUE), "1.7976931348623155E308"),
                Map.entry(Math.nextDown(0.001), "9.999999999999998E-4"),
                Map.entry(0.001, "0.001"),
                Map.entry(Math.nextUp(0.001), "0.0010000000000000002"),
                Map.entry(0.002, "0.002"),
                Map.entry(1.0E-4, "1.0E-4"),
                Map.entry(1.0E-5, "1.0E-5"),
                Map.entry(Math.nextDown(1.0E7), "9999999.999999998"),
                Map.entry(1.0E7, "1.0E7"),
                Map.entry(Math.nextUp(1.0E7), "1.0000000000000002E7"),
                Map.entry(1234567.8, "1234567.8"),
                Map.entry(12345678.0, "1.2345678E7"),
                Map.entry(1.0E22, "1.0E22"),
                Map.entry(9.999999999999999E22, "1.0E23"),
                Map.entry(1.0E23, "1.0E23"),
                Map.entry(Math.scalb(1.0, -1074), "4.9E-324"),
                Map.entry(Math.scalb(1.0, -1022), "2.2250738585072014E-308"),
                Map.entry(Math.scalb(1.0, -1), "0.5"),
                Map.entry(Math.scalb(1.0, 52), "4.503599627370496E15"),
                Map.entry(Math.scalb(1.0, 53), "9.007199254740992E15"),
                Map.entry(Math.scalb(1.0, 63), "9.223372036854776E18"),
                Map.entry(Math.scalb(1.0, 64), "1.8446744073709552E19"),
                Map.entry(Math.scalb(1.0, 1023), "8.98846567431158E307"),
                Map.entry(9007199254740991.0, "9.007199254740991E15"),
                Map.entry(1.0 / 3, "0.3333333333333333"),
                Map.entry(0.1, "0.1"),
                Map.entry(-123.456, "-123.456"),
                Map.entry(1.0, "1.0"),
                Map.entry(100.0, "100.0"),
                Map.entry(0.0, "0.0"),
                Map.entry(-0.0, "-0.0"));
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<Double, String> edge : expected) {
            double v = edge.getKey();
            softly.assertThat(text(v))
                    .as("bits %x", Double.doubleToRawLongBits(v))
                    .isEqualTo(edge.getValue());
        }
        softly.assertAll();
    }

    @Example
    void edgeFloatsAreWrittenAsJdk19WritesThem() {
        List<Map.Entry<Float, String>> expected = List.of(
                Map.entry(Float.MIN_VALUE, "1.4E-45"),
                Map.entry(2 * Float.MIN_VALUE, "2.8E-45"),
                Map.entry(7 * Float.MIN_VALUE, "9.8E-45"),
                Map.entry(8 * Float.MIN_VALUE, "1.1E-44"),
                Map.entry(Float.MIN_NORMAL, "1.1754944E-38"),
                Map.entry(Float.MAX_VALUE, "3.4028235E38"),
                Map.entry(0.001f, "0.001"),
                Map.entry(Math.nextDown(0.001f), "9.999999E-4"),
                Map.entry(1.0E7f, "1.0E7"),
                Map.entry(9999999.0f, "9999999.0"),
                Map.entry(1.0E-5f, "1.0E-5"),
                Map.entry(Math.scalb(1f, 23), "8388608.0"),
                Map.entry(Math.scalb(1f, 24), "1.6777216E7"),
                Map.entry(Math.scalb(1f, 127), "1.7014118E38"),
                Map.entry(1.0E10f, "1.0E10"),
                Map.entry(1.00000005E9f, "1.00000006E9"),
                Map.entry(0.1f, "0.1"),
                Map.entry(-0.0f, "-0.0"));
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<Float, String> edge : expected) {
            float v = edge.getKey();
            softly.assertThat(text(v)).as("bits %x", Float.floatToRawIntBits(v)).isEqualTo(edge.getValue());
        }
        softly.assertAll();
    }

    @Example
    void decimalsWithFewFractionDigitsAreWrittenAsThemselves() {
        Map<Double, String> expected = Map.ofEntries(
                Map.entry(99.5, "99.5"),
                Map.entry(-12.34, "-12.34"),
                Map.entry(0.5, "0.5"),
                Map.entry(0.3, "0.3"),
                Map.entry(0.001, "0.001"),
                Map.entry(0.002, "0.002"),
                Map.entry(0.0015, "0.0015"),
                Map.entry(1.05, "1.05"),
                Map.entry(100.25, "100.25"),
                Map.entry(1234567.891, "1234567.891"),
                Map.entry(9999999.5, "9999999.5"),
                Map.entry(9999999.999, "9999999.999"),
                Map.entry(10000000.5, "1.00000005E7"),
                Map.entry(0.1 + 0.2, "0.30000000000000004"));
        for (Map.Entry<Double, String> entry : expected.entrySet()) {
            assertThat(text(entry.getKey())).as("%s", entry.getValue()).isEqualTo(entry.getValue());
        }
    }

    @Example
    void theTextStartsWhereAsked() {
        byte[] out = new byte[40];
        Arrays.fill(out, (byte) '#');
        int end = ShortestDouble.write(-1.0E-5, out, 4);
        assertThat(new String(out, StandardCharsets.US_ASCII)).startsWith("####-1.0E-5####");
        assertThat(end).isEqualTo(11);
    }

    @Example
    void noLongerTextThanTheRoomTheCallerGuarantees() {
        assertThat(text(-Double.MIN_NORMAL)).hasSizeLessThanOrEqualTo(ShortestDouble.MAX_LENGTH);
        assertThat(text(-Math.nextUp(0.001))).hasSizeLessThanOrEqualTo(ShortestDouble.MAX_LENGTH);
    }

    @Example
    void aValueThatIsNotFiniteIsRefused() {
        assertThatThrownBy(() -> ShortestDouble.write(Double.NaN, new byte[32], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> ShortestDouble.write(Float.NEGATIVE_INFINITY, new byte[32], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Infinity");
    }

    @Example
    void thePowersOfTenAreTheRoundedUpHigh126BitsOfTheExactOnes() {
        BigInteger low63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = ShortestDouble.G_MIN_K; k <= ShortestDouble.G_MAX_K; k++) {
            // 10^-k = β·2^r with 2^125 <= β < 2^126, g = floor(β) + 1
            BigInteger g;
            int r;
            if (k <= 0) {
                BigInteger power = BigInteger.TEN.pow(-k);
                r = power.bitLength() - 1 - 125;
                g = r >= 0 ? power.shiftRight(r) : power.shiftLeft(-r);
            } else {
                BigInteger power = BigInteger.TEN.pow(k);
                r = -power.bitLength() - 125;
                g = BigInteger.ONE.shiftLeft(-r).divide(power);
            }
            g = g.add(BigInteger.ONE);
            int index = 2 * (k - ShortestDouble.G_MIN_K);
            assertThat(ShortestDouble.G[index])
                    .as("g1 for k=%d", k)
                    .isEqualTo(g.shiftRight(63).longValueExact());
            assertThat(ShortestDouble.G[index + 1])
                    .as("g0 for k=%d", k)
                    .isEqualTo(g.and(low63).longValueExact());
            assertThat(ShortestDouble.floorLog2Pow10(-k))
                    .as("floor(log2(10^%d))", -k)
                    .isEqualTo(r + 125);
        }
        assertThat(ShortestDouble.G).hasSize(2 * (ShortestDouble.G_MAX_K - ShortestDouble.G_MIN_K + 1));
    }

    @Example
    void theDecimalExponentsOfPowersOfTwoAreExact() {
        for (int e = -1100; e <= 1100; e++) {
            BigDecimal power = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(e)));
            BigDecimal twoToE = e >= 0 ? power : BigDecimal.ONE.divide(power);
            assertThat(ShortestDouble.floorLog10Pow2(e))
                    .as("floor(log10(2^%d))", e)
                    .isEqualTo(floorLog10(twoToE));
            BigDecimal threeQuarters = twoToE.multiply(new BigDecimal("0.75"));
            assertThat(ShortestDouble.floorLog10ThreeQuartersPow2(e))
                    .as("floor(log10(3/4·2^%d))", e)
                    .isEqualTo(floorLog10(threeQuarters));
        }
    }

    /**
     * Random bit patterns (every exponent equally likely), short decimals (where the shorter candidates win) and
     * decimals with one to three fraction digits below 10<sup>7</sup> (the fast path's).
     */
    @Provide
    Arbitrary<Double> doubles() {
        Arbitrary<Double> bits = Arbitraries.longs()
                .withDistribution(RandomDistribution.uniform())
                .map(Double::longBitsToDouble)
                .filter(Double::isFinite);
        Arbitrary<Double> decimals = Combinators.combine(
                        Arbitraries.longs().between(1, 99_999_999L),
                        Arbitraries.integers().between(-335, 300))
                .as((digits, exponent) -> Double.parseDouble(digits + "E" + exponent))
                .filter(Double::isFinite);
        Arbitrary<Double> fewDecimals = Combinators.combine(
                        Arbitraries.longs().between(-9_999_999_999L, 9_999_999_999L),
                        Arbitraries.integers().between(1, 4))
                .as((digits, places) -> Double.parseDouble(digits + "E-" + places));
        return Arbitraries.oneOf(bits, decimals, fewDecimals);
    }

    @Provide
    Arbitrary<Float> floats() {
        Arbitrary<Float> bits = Arbitraries.integers()
                .withDistribution(RandomDistribution.uniform())
                .map(Float::intBitsToFloat)
                .filter(Float::isFinite);
        Arbitrary<Float> decimals = Combinators.combine(
                        Arbitraries.integers().between(1, 9_999),
                        Arbitraries.integers().between(-50, 35))
                .as((digits, exponent) -> Float.parseFloat(digits + "E" + exponent))
                .filter(Float::isFinite);
        return Arbitraries.oneOf(bits, decimals);
    }

    private static String text(double v) {
        byte[] out = new byte[ShortestDouble.MAX_LENGTH];
        return new String(out, 0, ShortestDouble.write(v, out, 0), StandardCharsets.US_ASCII);
    }

    private static String text(float v) {
        byte[] out = new byte[ShortestDouble.MAX_LENGTH];
        return new String(out, 0, ShortestDouble.write(v, out, 0), StandardCharsets.US_ASCII);
    }

    private static int significantDigits(BigDecimal value) {
        return value.signum() == 0 ? 1 : value.stripTrailingZeros().precision();
    }

    private static int floorLog10(BigDecimal positive) {
        return positive.precision() - positive.scale() - 1;
    }

    /** Skips a comparison with the JDK's own text before JDK 19, whose {@code Double.toString} is not Schubfach. */
    static final class SchubfachInTheJdk implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            int feature = Runtime.version().feature();
            return feature >= FIRST_SCHUBFACH_JDK
                    ? SkipResult.doNotSkip()
                    : SkipResult.skip("Double.toString is the shortest-decimal algorithm only from JDK 19; this is JDK "
                            + feature + " (CI compares on JDK 25)");
        }
    }
}
