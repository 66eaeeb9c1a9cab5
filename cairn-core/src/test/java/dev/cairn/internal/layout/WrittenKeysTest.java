package dev.cairn.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every key a record adds or claims gets the name a plain set of written keys gives it, across many records on one
 * instance: records repeating the last one's key instances (the shape), records that leave it at any step, equal keys
 * of other instances, reserved keys, renames, and a change of reserved set between records.
 */
class WrittenKeysTest {

    /** Keys of a few call sites: some instances shared, some equal to others but not the same instance. */
    private static final List<String> POOL = List.of(
            "order_id", "user", "amount", new String("order_id"), "level", "_user", new String("user"), "request_id");

    private static final List<KeySet> RESERVED =
            List.of(new KeySet(List.of()), new KeySet(List.of("level", "message")), new KeySet(List.of("user")));

    /** The names a set of written keys gives, the first {@code _}-prefixed form not yet written on a collision. */
    private static final class Model {
        private final Set<String> written = new HashSet<>();

        Model(List<String> reserved) {
            written.addAll(reserved);
        }

        String claim(String key) {
            String name = key;
            while (written.contains(name)) {
                name = "_" + name;
            }
            written.add(name);
            return name;
        }
    }

    @Property(tries = 2_000)
    void anySequenceOfRecordsGetsTheNamesASetGives(
            @ForAll @Size(min = 1, max = 12) List<@Size(max = 10) List<@IntRange(max = 15) Integer>> records,
            @ForAll @IntRange(max = 2) int firstReserved) {
        WrittenKeys keys = new WrittenKeys();
        List<List<Integer>> repeated = new ArrayList<>();
        for (List<Integer> record : records) {
            // each record twice, so that most records start on the shape of the one before
            repeated.add(record);
            repeated.add(record);
        }
        int set = firstReserved;
        for (List<Integer> record : repeated) {
            if (record.size() > 8) {
                set = (set + 1) % RESERVED.size();
            }
            keys.clear(RESERVED.get(set));
            Model model = new Model(reservedNames(set));
            for (int step : record) {
                String key = POOL.get(step % POOL.size());
                if (step >= POOL.size()) {
                    keys.add(key);
                    model.written.add(key);
                } else {
                    assertThat(keys.claim(key)).isEqualTo(model.claim(key));
                }
            }
        }
    }

    @Example
    void aRecordLongerThanAnyShapeStillRenamesEveryRepeatedKey() {
        WrittenKeys keys = new WrittenKeys();
        for (int record = 0; record < 3; record++) {
            keys.clear();
            for (int i = 0; i < 100; i++) {
                assertThat(keys.claim("k" + i)).isEqualTo("k" + i);
            }
            assertThat(keys.claim("k99")).isEqualTo("_k99");
            assertThat(keys.claim(new String("k0"))).isEqualTo("_k0");
        }
    }

    private static List<String> reservedNames(int set) {
        switch (set) {
            case 1:
                return List.of("level", "message");
            case 2:
                return List.of("user");
            default:
                return List.of();
        }
    }
}
