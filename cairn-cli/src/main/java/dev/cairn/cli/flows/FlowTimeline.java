package dev.cairn.cli.flows;

import dev.cairn.cli.json.JsonNumber;
import dev.cairn.cli.record.LogRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps of one finished flow, placed on a time axis.
 *
 * <p>Each {@code timeline} entry has the step's duration ({@code ms}) and nesting {@code depth};
 * the core engine also writes {@code start_ms}, the start relative to the flow's, which places
 * concurrent steps correctly. Without it, starts are reconstructed from the order steps started:
 * siblings run one after another and a step's first child starts when the step starts. Depths are
 * taken relative to the shallowest step, so direct children of the flow are at depth 0 whether the
 * writer counts the flow itself as depth 0 or not.
 */
public record FlowTimeline(
        String flowId, String label, String status, double totalMs, String failedAt, String error, List<Step> steps) {

    /** One step: its name, start offset and duration in ms, status and nesting depth. */
    public record Step(String fn, double startMs, double ms, String status, int depth) {

        public boolean failed() {
            return "failed".equals(status);
        }
    }

    /** Reads a flow_end record; steps that are not objects with a numeric {@code ms} are skipped. */
    public static FlowTimeline of(LogRecord r) {
        String id = r.text("flow_id");
        String label = r.text("flow_label");
        if (label == null) {
            label = FlowCollector.labelOf(id);
        }
        List<Map<?, ?>> entries = new ArrayList<>();
        int minDepth = Integer.MAX_VALUE;
        if (r.fields().get("timeline") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("ms") instanceof JsonNumber) {
                    entries.add(m);
                    minDepth = Math.min(minDepth, depthOf(m));
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        double[] cursor = new double[64];
        for (Map<?, ?> m : entries) {
            int depth = clamp(depthOf(m) - minDepth);
            double duration = ((JsonNumber) m.get("ms")).doubleValue();
            double start = m.get("start_ms") instanceof JsonNumber s ? s.doubleValue() : cursor[depth];
            steps.add(new Step(String.valueOf(m.get("fn")), start, duration, String.valueOf(m.get("status")), depth));
            cursor[depth] = start + duration;
            cursor[depth + 1] = start;
        }
        double total = r.number("total_ms");
        if (Double.isNaN(total)) {
            total = steps.stream().mapToDouble(s -> s.startMs() + s.ms()).max().orElse(0);
        }
        return new FlowTimeline(
                id, label, r.text("flow_status"), total, r.text("failed_at"), r.text("flow_error"), steps);
    }

    private static int depthOf(Map<?, ?> step) {
        return step.get("depth") instanceof JsonNumber d ? (int) d.doubleValue() : 0;
    }

    public boolean failed() {
        return "failed".equals(status);
    }

    /** The time axis to draw on: the flow's total, stretched if a step (clock skew, rounding) ends later. */
    public double spanMs() {
        double end = totalMs;
        for (Step s : steps) {
            end = Math.max(end, s.startMs() + s.ms());
        }
        return end;
    }

    private static int clamp(int depth) {
        return Math.max(0, Math.min(depth, 62));
    }
}
