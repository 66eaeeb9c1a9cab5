package dev.cairn.micrometer;

import dev.cairn.Cairn;
import dev.cairn.Level;
import dev.cairn.LogStats;
import dev.cairn.LogSystem;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Publishes a log system's {@link LogSystem#stats() figures} as Micrometer meters:
 *
 * <ul>
 *   <li>{@code cairn.records{service,level}}: records logged (counter)
 *   <li>{@code cairn.records.dropped{cause}}: records lost before reaching a sink (counter; causes as in
 *       {@link LogStats#droppedByCause()})
 *   <li>{@code cairn.records.suppressed{cause}}: records rate limits and duplicate suppression kept back (counter)
 *   <li>{@code cairn.sink.records{sink}}, {@code cairn.sink.failures{sink}}, {@code cairn.sink.dropped{sink}},
 *       {@code cairn.sink.bytes{sink}}: per sink, written, lost to failures, dropped, bytes (counters)
 *   <li>{@code cairn.delivery{sink,outcome}}: what a network sink did with its records (counter; outcomes
 *       {@code delivered}, {@code retried}, {@code spooled}, {@code replayed}, {@code rejected}, {@code dropped},
 *       {@code maybe-duplicated}) and {@code cairn.delivery.pending{sink,where}} ({@code memory}, {@code spool};
 *       gauge)
 *   <li>{@code cairn.queue.depth}, {@code cairn.queue.capacity}, {@code cairn.queue.high.water} (gauges)
 * </ul>
 *
 * Every meter is also tagged with the given common tags. The services, sinks and causes are those known when
 * {@link #bindTo} runs: every level and cause is bound from the start, and a sink added later by a reconfiguration
 * appears when the binder is bound again. Each meter reads a fresh {@code stats()} when the registry asks, and holds
 * the log system only weakly, as Micrometer's own binders do.
 */
public final class CairnMetrics implements MeterBinder {

    private static final List<String> CAUSES =
            List.of("queue-full", "sink-queue-full", "nested", "capture", "write", "dedupe");
    private static final List<String> SUPPRESSED = List.of("call-site", "rate-limit", "dedupe");

    private final LogSystem system;
    private final Tags tags;

    /** Meters for the log system behind {@link Cairn}'s static methods. */
    public CairnMetrics() {
        this(Cairn.system(), Tags.empty());
    }

    /** Meters for {@code system}, each tagged with {@code tags} as well. */
    public CairnMetrics(LogSystem system, Iterable<io.micrometer.core.instrument.Tag> tags) {
        this.system = Objects.requireNonNull(system, "system");
        this.tags = Tags.of(tags);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        LogStats now = system.stats();
        java.util.Set<String> services = new java.util.TreeSet<>(now.records().keySet());
        services.add(now.service());
        for (String service : services) {
            for (Level level : Level.values()) {
                counter(
                        registry,
                        "cairn.records",
                        "records logged",
                        Tags.of("service", service, "level", level.name().toLowerCase(Locale.ROOT)),
                        s -> count(s.records().get(service), level));
            }
        }
        java.util.Set<String> causes = new java.util.LinkedHashSet<>(CAUSES);
        causes.addAll(now.droppedByCause().keySet());
        for (String cause : causes) {
            counter(
                    registry,
                    "cairn.records.dropped",
                    "records lost before reaching a sink",
                    Tags.of("cause", cause),
                    s -> sum(s.droppedByCause().get(cause)));
        }
        java.util.Set<String> suppressed = new java.util.LinkedHashSet<>(SUPPRESSED);
        suppressed.addAll(now.suppressed().keySet());
        for (String cause : suppressed) {
            counter(
                    registry,
                    "cairn.records.suppressed",
                    "records limits kept back",
                    Tags.of("cause", cause),
                    s -> s.suppressed().getOrDefault(cause, 0L));
        }
        for (LogStats.SinkStats sink : now.sinks()) {
            bindSink(registry, sink);
        }
        gauge(registry, "cairn.queue.depth", "records waiting in the queue", LogStats::queueDepth);
        gauge(registry, "cairn.queue.capacity", "the queue's capacity", LogStats::queueCapacity);
        gauge(registry, "cairn.queue.high.water", "the most records the queue has held", LogStats::queueHighWater);
    }

    private void bindSink(MeterRegistry registry, LogStats.SinkStats bound) {
        String name = bound.name();
        Tags sink = Tags.of("sink", name);
        counter(
                registry,
                "cairn.sink.records",
                "records the sink handed to its destination",
                sink,
                s -> sinkFigure(s, name, LogStats.SinkStats::written));
        counter(
                registry,
                "cairn.sink.failures",
                "records the sink lost to failures",
                sink,
                s -> sinkFigure(s, name, LogStats.SinkStats::failed));
        counter(
                registry,
                "cairn.sink.dropped",
                "records the sink could not take",
                sink,
                s -> sinkFigure(s, name, LogStats.SinkStats::dropped));
        FunctionCounter.builder(
                        "cairn.sink.bytes", system, ls -> sinkFigure(ls.stats(), name, LogStats.SinkStats::bytes))
                .description("bytes the sink handed to its destination")
                .baseUnit("bytes")
                .tags(tags.and(sink))
                .register(registry);
        if (bound.delivery() == null) {
            return;
        }
        Map<String, ToLongFunction<LogStats.DeliveryStats>> outcomes = new java.util.LinkedHashMap<>();
        outcomes.put("delivered", LogStats.DeliveryStats::delivered);
        outcomes.put("retried", LogStats.DeliveryStats::retried);
        outcomes.put("spooled", LogStats.DeliveryStats::spooled);
        outcomes.put("replayed", LogStats.DeliveryStats::replayed);
        outcomes.put("rejected", LogStats.DeliveryStats::rejected);
        outcomes.put("dropped", LogStats.DeliveryStats::dropped);
        outcomes.put("maybe-duplicated", LogStats.DeliveryStats::maybeDuplicated);
        outcomes.forEach((outcome, figure) -> counter(
                registry,
                "cairn.delivery",
                "what the network sink did with its records",
                sink.and("outcome", outcome),
                s -> delivery(s, name, figure)));
        Gauge.builder(
                        "cairn.delivery.pending",
                        system,
                        ls -> delivery(ls.stats(), name, LogStats.DeliveryStats::inFlight))
                .description("records the network sink holds")
                .tags(tags.and(sink).and("where", "memory"))
                .register(registry);
        Gauge.builder(
                        "cairn.delivery.pending",
                        system,
                        ls -> delivery(ls.stats(), name, LogStats.DeliveryStats::inSpool))
                .description("records the network sink holds")
                .tags(tags.and(sink).and("where", "spool"))
                .register(registry);
    }

    private void counter(
            MeterRegistry registry, String name, String description, Tags own, ToLongFunction<LogStats> figure) {
        FunctionCounter.builder(name, system, ls -> figure.applyAsLong(ls.stats()))
                .description(description)
                .tags(tags.and(own))
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<LogStats> figure) {
        Gauge.builder(name, system, ls -> figure.applyAsLong(ls.stats()))
                .description(description)
                .tags(tags)
                .register(registry);
    }

    private static long count(Map<Level, Long> levels, Level level) {
        return levels == null ? 0 : levels.getOrDefault(level, 0L);
    }

    private static long sum(Map<Level, Long> levels) {
        return levels == null
                ? 0
                : levels.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sinkFigure(LogStats stats, String name, ToLongFunction<LogStats.SinkStats> figure) {
        for (LogStats.SinkStats sink : stats.sinks()) {
            if (sink.name().equals(name)) {
                return figure.applyAsLong(sink);
            }
        }
        return 0;
    }

    private static long delivery(LogStats stats, String name, ToLongFunction<LogStats.DeliveryStats> figure) {
        for (LogStats.SinkStats sink : stats.sinks()) {
            if (sink.name().equals(name) && sink.delivery() != null) {
                return figure.applyAsLong(sink.delivery());
            }
        }
        return 0;
    }
}
