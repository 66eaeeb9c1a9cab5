package dev.cairn.cli.receive;

import dev.cairn.cli.receive.RecordLineCheck.Reason;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** What one client sent: records accepted, lines rejected by reason, batches acknowledged; its summary line. */
final class ClientCounts {

    long accepted;
    long batches;
    private final Map<Reason, Long> rejected = new EnumMap<>(Reason.class);

    void reject(Reason reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    long rejected() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** E.g. {@code 500 records accepted, 2 rejected (1 not one JSON object, 1 not UTF-8), 1 batch acknowledged}. */
    String summary() {
        StringBuilder out = new StringBuilder().append(accepted).append(accepted == 1 ? " record" : " records");
        out.append(" accepted, ").append(rejected()).append(" rejected");
        if (!rejected.isEmpty()) {
            StringJoiner reasons = new StringJoiner(", ", " (", ")");
            rejected.forEach((reason, n) -> reasons.add(n + " " + reason));
            out.append(reasons);
        }
        return out.append(", ")
                .append(batches)
                .append(batches == 1 ? " batch" : " batches")
                .append(" acknowledged")
                .toString();
    }
}
