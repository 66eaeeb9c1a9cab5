package dev.cairn.internal.config;

import dev.cairn.internal.DispatchOptions;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.secret.SecretKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration after every source has been read and validated: plain values, ready to build sinks from.
 *
 * @param format {@code json}, {@code text} or {@code auto} (decided per console stream)
 * @param console {@code stdout}, {@code stderr} or {@code none}
 * @param color {@code auto}, {@code always} or {@code never}
 * @param consoleFilter the records the console receives
 * @param files the file sinks: {@code cairn.file}, the preset's, and the named ones
 * @param nestKey the key that holds all user fields, or null for top-level fields
 * @param renames reserved key to the name written instead
 * @param redactWords the sensitive words in force
 * @param dispatch how records travel to the sinks
 * @param flowLimits bounds on flows
 * @param sinks the sinks of types other than {@code file} ({@code cairn.sink.<name>.type})
 * @param limits configured rates and duplicate suppression
 * @param metrics what the log system counts and publishes, and how often it rereads its file
 * @param schemas the JSON schema of each sink
 * @param secretKinds the secret detectors in force ({@code cairn.secrets.detect})
 */
public record Settings(
        String profile,
        int rootThreshold,
        Map<String, Integer> loggerThresholds,
        String format,
        String console,
        String color,
        RecordFilter consoleFilter,
        List<FileSpec> files,
        String service,
        String host,
        boolean location,
        int maxValueLength,
        int maxRecordLength,
        String nestKey,
        Map<String, String> renames,
        Set<String> redactWords,
        DispatchOptions dispatch,
        FlowLimits flowLimits,
        List<SinkSpec> sinks,
        LimitSettings limits,
        MetricsSettings metrics,
        JsonSchemas schemas,
        Set<SecretKind> secretKinds) {

    /** These settings with {@code logger}'s threshold set. */
    public Settings withLoggerThreshold(String logger, int threshold) {
        Map<String, Integer> levels = new HashMap<>(loggerThresholds);
        levels.put(logger, threshold);
        return new Settings(
                profile,
                rootThreshold,
                Map.copyOf(levels),
                format,
                console,
                color,
                consoleFilter,
                files,
                service,
                host,
                location,
                maxValueLength,
                maxRecordLength,
                nestKey,
                renames,
                redactWords,
                dispatch,
                flowLimits,
                sinks,
                limits,
                metrics,
                schemas,
                secretKinds);
    }

    /** The threshold of {@code logger}: its own, else its nearest configured ancestor's, else the root's. */
    public int thresholdFor(String logger) {
        String name = logger;
        while (true) {
            Integer own = loggerThresholds.get(name);
            if (own != null) {
                return own;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return rootThreshold;
            }
            name = name.substring(0, dot);
        }
    }
}
