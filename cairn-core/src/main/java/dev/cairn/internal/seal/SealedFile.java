package dev.cairn.internal.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One file of a sealed log as read for verification: its lines (gzip recognised by its magic bytes), and where its
 * name places it among the files of the same log ({@code app.2026-11-21.1.log.gz} before {@code app.2026-11-21.2.log}
 * before the active {@code app.log}).
 */
final class SealedFile {

    private static final Pattern BACKUP =
            Pattern.compile("(.*)\\.(\\d{4}-\\d{2}-\\d{2}(?:-\\d{2})?)\\.(\\d{1,9})(\\.[^.]*)?");

    final Path path;
    final String log;
    final String label;
    final long index;
    final List<int[]> lines = new ArrayList<>();
    byte[] bytes;
    boolean cut;
    String unreadable;
    private Long first;

    private SealedFile(Path path) {
        this.path = path;
        String name = path.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        Matcher backup = BACKUP.matcher(name);
        Path parent = path.toAbsolutePath().getParent();
        if (backup.matches()) {
            this.log = parent.resolve(backup.group(1) + (backup.group(4) == null ? "" : backup.group(4)))
                    .toString();
            this.label = backup.group(2);
            this.index = Long.parseLong(backup.group(3));
        } else {
            this.log = parent.resolve(name).toString();
            this.label = null;
            this.index = 0;
        }
    }

    /** The files grouped by the log they belong to, each group in the order of their names. */
    static Map<String, List<SealedFile>> byLog(List<Path> paths) {
        Map<String, List<SealedFile>> logs = new LinkedHashMap<>();
        for (Path path : paths) {
            SealedFile file = new SealedFile(path);
            logs.computeIfAbsent(file.log, k -> new ArrayList<>()).add(file);
        }
        Comparator<SealedFile> byName = Comparator.comparing((SealedFile f) -> f.label == null)
                .thenComparing(f -> f.label == null ? "" : f.label)
                .thenComparingLong(f -> f.index);
        logs.values().forEach(files -> files.sort(byName));
        return logs;
    }

    /** Reads the file into lines, or records why it cannot be read. */
    void load() {
        try (InputStream raw = Files.newInputStream(path)) {
            byte[] content = raw.readAllBytes();
            if (content.length >= 2 && (content[0] & 0xFF) == 0x1f && (content[1] & 0xFF) == 0x8b) {
                content = gunzip(content);
            }
            bytes = content;
        } catch (IOException | RuntimeException e) {
            unreadable = e.getClass().getSimpleName() + ": " + e.getMessage();
            return;
        }
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new int[] {start, i - start});
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(new int[] {start, bytes.length - start});
            cut = true;
        }
    }

    private static byte[] gunzip(byte[] content) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 4);
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    /** The number of the first chain entry in the file, or -1. */
    long firstNumber() {
        if (first == null) {
            first = -1L;
            for (int[] line : lines) {
                SealedLine parsed = SealedLine.parse(bytes, line[0], line[1]);
                if (parsed.isChainEntry()) {
                    first = parsed.number();
                    break;
                }
            }
        }
        return first;
    }

    /** The number of the last chain entry in the file, or -1. */
    long lastNumber() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            SealedLine parsed = SealedLine.parse(bytes, lines.get(i)[0], lines.get(i)[1]);
            if (parsed.isChainEntry()) {
                return parsed.number();
            }
        }
        return -1;
    }

    String name() {
        return path.toString();
    }
}
