package dev.cairn.otlp.internal;

import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns flow records into spans. A {@code flow_end} record carries the whole flow — ids, label, status, total time
 * and the timeline of steps — so it becomes the flow's span and one child span per step. What the end does not carry
 * comes from the records before it: the {@code flow_start} record gives the caller's span when the flow continues an
 * incoming trace ({@code parent_span_id}), and a record logged in the flow itself (not in a step) with a
 * {@code request_id} in its context (Cairn's HTTP integrations log {@code request_completed} so) shows that the flow
 * serves an incoming request. Either makes the span's kind SERVER instead of INTERNAL; the request id becomes an
 * attribute. Open flows are remembered by span id, at most {@link #MAX_OPEN} of them (the oldest forgotten first;
 * such a flow's span then has no parent).
 *
 * <p>A failed step's status message is the flow's error ({@code flow_error}) when the exception that ended the flow
 * passed through it (the step where it was raised, {@code failed_at}, and the steps around it); another failed step,
 * whose exception was caught inside the flow, says {@code step failed}.
 */
final class FlowSpans {

    static final int MAX_OPEN = 10_000;
    private static final String STEP_FAILED = "step failed";

    private final Values values;
    private final Map<String, OpenFlow> open = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OpenFlow> eldest) {
            return size() > MAX_OPEN;
        }
    };

    /** What the records before a flow's end said about it. */
    private static final class OpenFlow {
        private final byte[] parentSpanId;
        private Object requestId;

        OpenFlow(byte[] parentSpanId) {
            this.parentSpanId = parentSpanId;
        }
    }

    FlowSpans(Values values) {
        this.values = values;
    }

    /** Notes an ordinary record: one logged in an open flow's own span with a {@code request_id} marks a request. */
    void observe(LogRecord record) {
        ContextSnapshot context = record.context();
        Object requestId = context.get("request_id");
        if (requestId != null) {
            OpenFlow flow = open.get(context.get("span_id"));
            if (flow != null) {
                flow.requestId = requestId;
            }
        }
    }

    /** The spans {@code record} completes: none for a {@code flow_start}, the flow and its steps for a {@code flow_end}. */
    List<SpanEntry> spans(LogRecord record) {
        Map<String, Object> fields = fields(record);
        ContextSnapshot context = record.context();
        byte[] traceId = Hex.parse(context.get("trace_id"), 16);
        Object spanIdText = context.get("span_id");
        byte[] spanId = Hex.parse(spanIdText, 8);
        Object type = fields.get("flow_type");
        if (traceId == null || spanId == null) {
            return List.of();
        }
        if ("flow_start".equals(type)) {
            open.put((String) spanIdText, new OpenFlow(Hex.parse(fields.get("parent_span_id"), 8)));
            return List.of();
        }
        if (!"flow_end".equals(type)) {
            return List.of();
        }
        OpenFlow opened = open.remove(spanIdText);
        byte[] parentSpanId = opened == null ? null : opened.parentSpanId;
        Object requestId = opened == null ? null : opened.requestId;
        boolean server = parentSpanId != null || requestId != null;
        long end = record.epochSecond() * 1_000_000_000L + record.nanoOfSecond();
        long start = end - nanos(fields.get("total_ms"));
        String label = String.valueOf(fields.getOrDefault("flow_label", ""));
        String status = String.valueOf(fields.get("flow_status"));
        Object error = fields.get("flow_error");

        List<Attribute> attributes = new ArrayList<>();
        attributes.add(Attribute.text("cairn.flow.id", String.valueOf(context.get("flow_id"))));
        attributes.add(Attribute.text("cairn.flow.status", status));
        if (fields.get("steps") instanceof Number steps) {
            attributes.add(Attribute.integer("cairn.flow.steps", steps.longValue()));
        }
        boolean requestIdInContext = false;
        for (int i = 0; i < context.size(); i++) {
            String key = context.key(i);
            if (!key.equals("trace_id") && !key.equals("span_id") && !key.equals("flow_id")) {
                attributes.add(values.attribute(key, context.value(i)));
                requestIdInContext |= key.equals("request_id");
            }
        }
        if (requestId != null && !requestIdInContext) {
            // The flow was opened outside the request's context scope (an HTTP filter opens the flow first): the id
            // seen on a record inside the flow is the span's, once.
            attributes.add(values.attribute("request_id", requestId));
        }
        attributes.add(Attribute.text("thread.name", record.threadName()));
        boolean failed = status.equals("failed");
        String failure = error == null ? "flow failed" : values.cut(String.valueOf(error));
        List<SpanEntry> spans = new ArrayList<>();
        spans.add(new SpanEntry(
                traceId,
                spanId,
                parentSpanId,
                label.isEmpty() ? "flow" : label,
                server ? SpanEntry.SERVER : SpanEntry.INTERNAL,
                start,
                end,
                attributes,
                failed ? SpanEntry.ERROR : SpanEntry.UNSET,
                failed ? failure : null));
        List<Map<?, ?>> timeline = timeline(fields.get("timeline"));
        Set<String> raisedThrough = failed ? raisedThrough(fields, timeline) : Set.of();
        for (Map<?, ?> step : timeline) {
            byte[] stepSpan = Hex.parse(step.get("span_id"), 8);
            if (stepSpan == null) {
                continue;
            }
            long stepStart = start + nanos(step.get("start_ms"));
            boolean stepFailed = "failed".equals(step.get("status"));
            List<Attribute> stepAttributes = new ArrayList<>(2);
            stepAttributes.add(Attribute.text("thread.name", String.valueOf(step.get("thread"))));
            if (step.get("depth") instanceof Number depth) {
                stepAttributes.add(Attribute.integer("cairn.step.depth", depth.longValue()));
            }
            spans.add(new SpanEntry(
                    traceId,
                    stepSpan,
                    Hex.parse(step.get("parent_span_id"), 8),
                    String.valueOf(step.get("fn")),
                    SpanEntry.INTERNAL,
                    stepStart,
                    stepStart + nanos(step.get("ms")),
                    stepAttributes,
                    stepFailed ? SpanEntry.ERROR : SpanEntry.UNSET,
                    stepFailed ? raisedThrough.contains(step.get("span_id")) ? failure : STEP_FAILED : null));
        }
        return spans;
    }

    /** The span ids of the step where the flow's exception was raised and of the steps enclosing it. */
    private static Set<String> raisedThrough(Map<String, Object> fields, List<Map<?, ?>> timeline) {
        Object number = fields.get("step");
        if (!(number instanceof String text) || text.indexOf('/') < 0) {
            return Set.of();
        }
        int index;
        try {
            index = Integer.parseInt(text.substring(0, text.indexOf('/'))) - 1;
        } catch (NumberFormatException e) {
            return Set.of();
        }
        // Steps are numbered in start order and the timeline is sorted by start, so a complete timeline holds
        // step n at position n - 1; the name check guards against a cut timeline.
        if (index < 0
                || index >= timeline.size()
                || !timeline.get(index).get("fn").equals(fields.get("failed_at"))) {
            return Set.of();
        }
        Map<Object, Map<?, ?>> bySpan = new HashMap<>();
        for (Map<?, ?> step : timeline) {
            bySpan.put(step.get("span_id"), step);
        }
        Set<String> chain = new HashSet<>();
        Map<?, ?> step = timeline.get(index);
        while (step != null && chain.add(String.valueOf(step.get("span_id")))) {
            step = bySpan.get(step.get("parent_span_id"));
        }
        return chain;
    }

    private static Map<String, Object> fields(LogRecord record) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < record.fieldCount(); i++) {
            fields.putIfAbsent(record.fieldKey(i), record.fieldValue(i));
        }
        return fields;
    }

    private static List<Map<?, ?>> timeline(Object value) {
        List<Map<?, ?>> steps = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> step) {
                    steps.add(step);
                }
            }
        }
        return steps;
    }

    /** Milliseconds (with microsecond precision, as flows write them) in nanoseconds. */
    private static long nanos(Object millis) {
        return millis instanceof Number number ? Math.round(number.doubleValue() * 1_000_000.0) : 0;
    }
}
