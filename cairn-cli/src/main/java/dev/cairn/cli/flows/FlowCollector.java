package dev.cairn.cli.flows;

import dev.cairn.cli.json.JsonLineScanner;
import dev.cairn.cli.json.JsonNumbers;
import dev.cairn.cli.json.JsonType;
import dev.cairn.cli.record.FieldPath;
import dev.cairn.cli.record.ScannedRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects {@code flow_end} records per flow label. Per chunk on a worker thread, then merged in
 * order; labels are capped so a hostile input cannot grow memory without bound.
 */
public final class FlowCollector {

    private static final int MAX_LABELS = 1_000;
    private static final byte[] FLOW_END = "flow_end".getBytes(StandardCharsets.UTF_8);
    private static final FieldPath FLOW_TYPE = FieldPath.of("flow_type");
    private static final FieldPath FLOW_ID = FieldPath.of("flow_id");
    private static final FieldPath FLOW_LABEL = FieldPath.of("flow_label");
    private static final FieldPath STATUS = FieldPath.of("flow_status");
    private static final FieldPath TOTAL_MS = FieldPath.of("total_ms");
    private static final FieldPath FAILED_AT = FieldPath.of("failed_at");

    private final Map<String, FlowLabelStats> labels = new TreeMap<>();

    /** Whether the scanned line is a flow_end record (by {@code flow_type}, else by message). */
    public static boolean isFlowEnd(ScannedRecord r) {
        int f = r.locate(FLOW_TYPE);
        JsonLineScanner s = r.located();
        if (f >= 0) {
            return s.textEquals(f, FLOW_END);
        }
        return !r.messageEscaped()
                && Arrays.equals(s.buffer(), r.messageStart(), r.messageEnd(), FLOW_END, 0, FLOW_END.length);
    }

    /** Counts the line if it is a flow_end record. */
    public void accept(ScannedRecord r, byte[] b, int from, int to) {
        if (!isFlowEnd(r)) {
            return;
        }
        String label = text(r, FLOW_LABEL);
        String id = text(r, FLOW_ID);
        if (label == null) {
            label = labelOf(id);
        }
        if (label == null) {
            return;
        }
        FlowLabelStats stats = labels.get(label);
        if (stats == null) {
            if (labels.size() >= MAX_LABELS) {
                return;
            }
            stats = new FlowLabelStats();
            labels.put(label, stats);
        }
        int f = r.locate(TOTAL_MS);
        JsonLineScanner s = r.located();
        double ms = f >= 0 && s.type(f) == JsonType.NUMBER
                ? JsonNumbers.parse(b, s.valueStart(f), s.valueEnd(f))
                : Double.NaN;
        boolean failed = "failed".equals(text(r, STATUS));
        stats.add(ms, failed, failed ? text(r, FAILED_AT) : null, r.micros(), b, from, to);
    }

    public void merge(FlowCollector other) {
        other.labels.forEach((label, s) -> {
            FlowLabelStats mine = labels.get(label);
            if (mine == null) {
                if (labels.size() < MAX_LABELS) {
                    labels.put(label, s);
                }
            } else {
                mine.merge(s);
            }
        });
    }

    /** Stats per label, sorted by label. */
    public Map<String, FlowLabelStats> labels() {
        return labels;
    }

    /**
     * The label of a flow id such as {@code checkout-3a7e2b1f}: everything before the last '-'
     * (the id itself when it has none).
     */
    public static String labelOf(String flowId) {
        if (flowId == null || flowId.isEmpty()) {
            return null;
        }
        int dash = flowId.lastIndexOf('-');
        return dash > 0 ? flowId.substring(0, dash) : flowId;
    }

    private static String text(ScannedRecord r, FieldPath path) {
        int f = r.locate(path);
        return f >= 0 && r.located().type(f) == JsonType.STRING ? r.located().text(f) : null;
    }
}
