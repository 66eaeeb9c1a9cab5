package dev.cairn.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Strings written from the bytes kept for their instance read exactly as strings encoded afresh, whatever the
 * instances, their number (eviction), their length or the bound of the record.
 */
class RecurringStringsTest {

    private final JsonValueWriter values = new JsonValueWriter(new Redactor(Set.of()), 100);

    private String fresh(String text, int max) {
        Utf8Output out = new Utf8Output(1);
        values.appendString(out, text, max);
        return out.toString();
    }

    @Property
    void anyStringWrittenTwiceReadsAsEncodedAfresh(@ForAll String text) {
        RecurringStrings recurring = new RecurringStrings();
        Utf8Output out = new Utf8Output(1);
        recurring.append(out, text, 100, values);
        out.append(',');
        recurring.append(out, text, 100, values);
        String once = fresh(text, 100);
        assertThat(out.toString()).isEqualTo(once + "," + once);
    }

    @Property
    void anyKeyWrittenFirstOrAfterAnotherReadsAsEncodedAfreshWithItsCommaAndColon(
            @ForAll String key, @ForAll boolean firstTheFirstTime) {
        RecurringStrings recurring = new RecurringStrings();
        Utf8Output out = new Utf8Output(1);
        recurring.append(out, key, 100, values);
        recurring.appendKey(out, key, firstTheFirstTime, 100, values);
        recurring.appendKey(out, key, !firstTheFirstTime, 100, values);
        recurring.append(out, key, 100, values);
        String once = fresh(key, 100);
        String keys = firstTheFirstTime ? once + ":," + once + ":" : "," + once + ":" + once + ":";
        assertThat(out.toString()).isEqualTo(once + keys + once);
    }

    @Example
    void manyInstancesEvictEachOtherWithoutMixingUpTheirBytes() {
        RecurringStrings recurring = new RecurringStrings();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add(new String("key\"é" + i));
        }
        for (int round = 0; round < 3; round++) {
            for (String key : keys) {
                Utf8Output out = new Utf8Output(1);
                recurring.append(out, key, 100, values);
                assertThat(out.toString()).isEqualTo(fresh(key, 100));
            }
        }
    }

    @Example
    void equalStringsOfOtherInstancesAndStringsTooLongToKeepAreEncodedAsUsual() {
        RecurringStrings recurring = new RecurringStrings();
        String longer = "x".repeat(RecurringStrings.SLOT_BYTES + 1);
        String cut = "y".repeat(20);
        for (String text : List.of("k", new String("k"), longer, longer, "\u0001\u007f\u2028😀\ud800")) {
            Utf8Output out = new Utf8Output(1);
            recurring.append(out, text, 100, values);
            assertThat(out.toString()).isEqualTo(fresh(text, 100));
        }
        Utf8Output out = new Utf8Output(1);
        recurring.append(out, cut, 100, values);
        recurring.append(out, cut, 5, values);
        assertThat(out.toString()).isEqualTo(fresh(cut, 100) + fresh(cut, 5));
    }

    @Example
    void eachKeyKeepsItsOwnRedactionVerdictThroughEviction() {
        JsonValueWriter redacting = new JsonValueWriter(new Redactor(Set.of("password")), 100);
        RecurringStrings recurring = new RecurringStrings();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add(i % 3 == 0 ? "k" + i + "_password" : "k" + i);
        }
        String logger = "shop.password";
        recurring.append(new Utf8Output(1), logger, 100, redacting);
        for (int round = 0; round < 3; round++) {
            for (String key : keys) {
                Utf8Output out = new Utf8Output(1);
                assertThat(recurring.appendKey(out, key, round == 1, 100, redacting))
                        .as(key)
                        .isEqualTo(key.endsWith("_password"));
                assertThat(out.toString()).isEqualTo((round == 1 ? "" : ",") + fresh(key, 100) + ":");
            }
            assertThat(recurring.appendKey(new Utf8Output(1), logger, false, 100, redacting))
                    .isTrue();
            assertThat(recurring.appendKey(new Utf8Output(1), "x".repeat(200) + "password", true, 100, redacting))
                    .isTrue();
        }
    }

    @Example
    void aKeptStringPastTheRecordsBoundEndsTheRecord() {
        RecurringStrings recurring = new RecurringStrings();
        Utf8Output out = new Utf8Output(1);
        recurring.append(out, "logger.name", 100, values);
        int previous = values.bound(out.length() + 5);
        try {
            assertThatThrownBy(() -> recurring.append(out, "logger.name", 100, values))
                    .isSameAs(JsonValueWriter.TOO_LONG);
        } finally {
            values.bound(previous);
        }
    }
}
