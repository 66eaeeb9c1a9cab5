package dev.cairn.cli.receive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Every line the receiver wrote to a file and its rotated (and gzipped) backups, parsed with Jackson. */
final class ReceivedFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records parsed, and lines that did not parse (a line cut by kill -9). */
    record Lines(List<JsonNode> records, List<String> unparsable) {}

    private ReceivedFiles() {}

    static Lines read(Path folder, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<JsonNode> records = new ArrayList<>();
        List<String> unparsable = new ArrayList<>();
        for (Path file : files) {
            InputStream in = Files.newInputStream(file);
            if (file.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    try {
                        records.add(JSON.readTree(line));
                    } catch (IOException e) {
                        unparsable.add(line);
                    }
                }
            }
        }
        return new Lines(records, unparsable);
    }
}
