package dev.cairn.internal.config;

import dev.cairn.internal.seal.KeySources;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of a file sink: {@code cairn.file.*} for the default file (every option but {@code path}, also from
 * {@code CAIRN_FILE_*}), {@code cairn.sink.<name>.*} for a named one, whose {@code path} names the file.
 */
public final class FileSinkOptions {

    /** {@code path}: the file of a named sink. */
    public static final SinkOption<String> PATH = SinkOption.of("path", ValueType.path("a file path"), "no file");
    /** {@code format}: JSON or text. */
    public static final SinkOption<String> FORMAT =
            SinkOption.withDefault("format", ValueType.choice("json", "text"), "json");
    /** {@code max-bytes}: the size at which the file rolls over. */
    public static final SinkOption<Long> MAX_BYTES = SinkOption.withDefault(
                    "max-bytes",
                    ValueType.size("10485760, 10MB or 512KB (KB = 1024 bytes); 0 for no size rotation"),
                    "10MB")
            .alsoFromEnvironment("CAIRN_MAX_BYTES", "LOG_MAX_BYTES");
    /** {@code backups}: rotated files to keep. */
    public static final SinkOption<Integer> BACKUPS = SinkOption.withDefault(
                    "backups", ValueType.integer(0, 100_000), "5")
            .alsoFromEnvironment("CAIRN_BACKUP_COUNT", "LOG_BACKUP_COUNT");
    /** {@code rotate}: time rotation. */
    public static final SinkOption<FileOptions.Rotation> ROTATE =
            SinkOption.withDefault("rotate", ValueType.choice(FileOptions.Rotation.class), "none");
    /** {@code rotate.zone}: whose midnight and hours start a period. */
    public static final SinkOption<String> ROTATE_ZONE =
            SinkOption.withDefault("rotate.zone", ValueType.choice("local", "utc"), "local");
    /** {@code max-total-bytes}: the most all backups together may take. */
    public static final SinkOption<Long> MAX_TOTAL_BYTES =
            SinkOption.withDefault("max-total-bytes", ValueType.size("1GB; 0 for no limit"), "0", "no limit");
    /** {@code max-age}: how old a backup may get. */
    public static final SinkOption<Duration> MAX_AGE =
            SinkOption.withDefault("max-age", ValueType.duration("7d, 12h, 30m or 0 for no limit"), "0", "no limit");
    /** {@code compress}: gzip rotated files. */
    public static final SinkOption<Boolean> COMPRESS = SinkOption.withDefault("compress", ValueType.bool(), "false");
    /** {@code fsync}: when written data is forced to the device. */
    public static final SinkOption<FileOptions.Fsync> FSYNC =
            SinkOption.withDefault("fsync", ValueType.choice(FileOptions.Fsync.class), "on-error");
    /** {@code fsync.interval}: the longest time between forces with {@code fsync=interval}. */
    public static final SinkOption<Duration> FSYNC_INTERVAL = SinkOption.withDefault(
            "fsync.interval",
            ValueType.duration("1s or 500ms").require(interval -> interval.toMillis() >= 1, "at least 1ms"),
            "1s");

    /** {@code encryption.key-file}: the sealing key; set, records are sealed (docs/security.md). */
    public static final SinkOption<String> ENCRYPTION_KEY_FILE = SinkOption.of(
            "encryption.key-file",
            ValueType.path("a key file written by cairn keygen"),
            "none: records are written in clear");
    /** {@code encryption.key-env}: the environment variable holding base64 of a key file's text (an immutable key). */
    public static final SinkOption<String> ENCRYPTION_KEY_ENV = SinkOption.of(
            "encryption.key-env",
            ValueType.environmentVariable(),
            "none; for cairn.file, " + KeySources.ENVIRONMENT_VARIABLE + " when it is set");
    /** {@code encryption.keystore}: a PKCS#12 keystore holding the key (an immutable key). */
    public static final SinkOption<String> ENCRYPTION_KEYSTORE =
            SinkOption.of("encryption.keystore", ValueType.path("a PKCS#12 keystore file"), "none");
    /** {@code encryption.keystore-alias}: the keystore's secret-key entry holding the key. */
    public static final SinkOption<String> ENCRYPTION_KEYSTORE_ALIAS =
            SinkOption.of("encryption.keystore-alias", ValueType.name(256), "none: required with encryption.keystore");
    /** {@code encryption.keystore-password-env}: the environment variable holding the keystore's password. */
    public static final SinkOption<String> ENCRYPTION_KEYSTORE_PASSWORD_ENV = SinkOption.withDefault(
            "encryption.keystore-password-env", ValueType.environmentVariable(), KeySources.KEYSTORE_PASSWORD_VARIABLE);
    /** {@code encryption.mode}: encrypted records, or readable records with integrity only. */
    public static final SinkOption<String> ENCRYPTION_MODE =
            SinkOption.withDefault("encryption.mode", ValueType.choice("encrypt", "integrity"), "encrypt");
    /** {@code encryption.checkpoint.records}: records between signed checkpoints at most. */
    public static final SinkOption<Integer> CHECKPOINT_RECORDS =
            SinkOption.withDefault("encryption.checkpoint.records", ValueType.integer(1, 100_000_000), "10000");
    /** {@code encryption.checkpoint.interval}: the longest time between signed checkpoints while records arrive. */
    public static final SinkOption<Duration> CHECKPOINT_INTERVAL = SinkOption.withDefault(
            "encryption.checkpoint.interval",
            ValueType.duration("1m or 30s").require(interval -> interval.toMillis() >= 1, "at least 1ms"),
            "1m");
    /** {@code encryption.evolve.records}: records per key epoch at most (a new file also starts one). */
    public static final SinkOption<Integer> EVOLVE_RECORDS =
            SinkOption.withDefault("encryption.evolve.records", ValueType.integer(1, 100_000_000), "100000");

    /** The options of a named file sink, in the order error lines list them. */
    public static final SinkOptions NAMED = SinkOptions.of(PATH, FORMAT)
            .and(FilterOptions.ALL)
            .and(OutputOptions.ALL)
            .and(SinkOptions.of(
                    MAX_BYTES,
                    BACKUPS,
                    ROTATE,
                    ROTATE_ZONE,
                    MAX_TOTAL_BYTES,
                    MAX_AGE,
                    COMPRESS,
                    FSYNC,
                    FSYNC_INTERVAL,
                    ENCRYPTION_KEY_FILE,
                    ENCRYPTION_MODE,
                    CHECKPOINT_RECORDS,
                    CHECKPOINT_INTERVAL,
                    EVOLVE_RECORDS,
                    ENCRYPTION_KEY_ENV,
                    ENCRYPTION_KEYSTORE,
                    ENCRYPTION_KEYSTORE_ALIAS,
                    ENCRYPTION_KEYSTORE_PASSWORD_ENV));
    /** The options of the default file, {@code cairn.file}: all but {@code path}. */
    public static final SinkOptions DEFAULT_FILE = NAMED.without(PATH);

    private FileSinkOptions() {}

    /**
     * How the file rotates, keeps backups and syncs, as {@code options} (the keys under {@code prefix}) say.
     * {@code defaultKeyVariable}, when not null, is the environment variable that seals the sink when no
     * {@code encryption.*} key source is set ({@value KeySources#ENVIRONMENT_VARIABLE} for {@code cairn.file}, when set).
     */
    static FileOptions read(OptionReader options, Duration closeTimeout, String prefix, String defaultKeyVariable) {
        ZoneId zone = options.get(ROTATE_ZONE).equals("utc") ? ZoneOffset.UTC : ZoneId.systemDefault();
        List<SealKeySource> sources = new ArrayList<>();
        options.find(ENCRYPTION_KEY_FILE)
                .ifPresent(path -> sources.add(new SealKeySource.KeyFile(path, prefix + ENCRYPTION_KEY_FILE)));
        options.find(ENCRYPTION_KEY_ENV)
                .ifPresent(
                        variable -> sources.add(new SealKeySource.Environment(variable, prefix + ENCRYPTION_KEY_ENV)));
        options.find(ENCRYPTION_KEYSTORE)
                .ifPresent(store -> sources.add(new SealKeySource.Keystore(
                        store,
                        options.find(ENCRYPTION_KEYSTORE_ALIAS).orElse(null),
                        options.get(ENCRYPTION_KEYSTORE_PASSWORD_ENV),
                        prefix + ENCRYPTION_KEYSTORE)));
        if (sources.isEmpty() && defaultKeyVariable != null) {
            sources.add(
                    new SealKeySource.Environment(defaultKeyVariable, "environment variable " + defaultKeyVariable));
        }
        return new FileOptions(
                options.get(MAX_BYTES),
                options.get(ROTATE),
                zone,
                options.get(BACKUPS),
                options.get(MAX_TOTAL_BYTES),
                options.get(MAX_AGE),
                options.get(COMPRESS),
                options.get(FSYNC),
                options.get(FSYNC_INTERVAL),
                closeTimeout,
                sources.isEmpty()
                        ? null
                        : new SealOptions(
                                sources,
                                options.get(ENCRYPTION_MODE).equals("integrity"),
                                options.get(CHECKPOINT_RECORDS),
                                options.get(CHECKPOINT_INTERVAL),
                                options.get(EVOLVE_RECORDS)));
    }
}
