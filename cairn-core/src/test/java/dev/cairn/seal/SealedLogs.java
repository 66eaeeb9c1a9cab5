package dev.cairn.seal;

import dev.cairn.ConfigBuilder;
import dev.cairn.KeyValue;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.internal.seal.ChainVerifier;
import dev.cairn.internal.seal.KeyFilePermissions;
import dev.cairn.internal.seal.PublicSealKey;
import dev.cairn.internal.seal.SealingKey;
import dev.cairn.internal.seal.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A folder with a fresh sealing key (writer copy, reader copy, public key) and sealed logs written into it. */
public final class SealedLogs {

    public final Path dir;
    public final Path writerKey;
    public final Path readerKey;
    public final Path publicKey;
    public final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    public SealedLogs(Path dir) throws IOException {
        this.dir = dir;
        SealingKey key = SealingKey.generate(new SecureRandom());
        writerKey = dir.resolve("app.key");
        readerKey = dir.resolve("app.reader.key");
        publicKey = dir.resolve("app.pub");
        KeyFilePermissions.writeOwnerOnly(writerKey, key.toText());
        KeyFilePermissions.writeOwnerOnly(readerKey, key.toText());
        Files.writeString(publicKey, key.publicKey().toText());
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public LogSystem system(Consumer<ConfigBuilder> configuration) {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8))
                .configure(c -> configuration.accept(c.set("cairn.console", "none")
                        .file(Path.of("logs/app.log"))
                        .set("cairn.file.encryption.key-file", writerKey.toString())))
                .build();
    }

    /** Writes {@code count} records numbered from {@code first} with field {@code i}. */
    public void write(int first, int count, Consumer<ConfigBuilder> configuration) {
        try (LogSystem system = system(configuration)) {
            Logger log = system.logger("sealed");
            for (int i = first; i < first + count; i++) {
                log.info("record {} of the sealed log", i, KeyValue.kv("i", i));
            }
        }
    }

    /** The log's files, sorted by name (backups, then the active file). */
    public List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(logs())) {
            return new ArrayList<>(files.sorted((a, b) -> {
                        boolean activeA = a.getFileName().toString().equals("app.log");
                        boolean activeB = b.getFileName().toString().equals("app.log");
                        return activeA != activeB ? Boolean.compare(activeA, activeB) : a.compareTo(b);
                    })
                    .toList());
        }
    }

    public Verdict verifyWithKey(Path key, List<String> records) throws IOException {
        return ChainVerifier.withKey(SealingKey.read(key)).verify(files(), records == null ? null : records::add);
    }

    public Verdict verifyWithPublicKey() throws IOException {
        return ChainVerifier.withPublicKey(PublicSealKey.read(publicKey)).verify(files(), null);
    }

    public String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }
}
