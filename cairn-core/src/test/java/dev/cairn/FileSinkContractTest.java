package dev.cairn;

import dev.cairn.contract.SinkContract;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.config.FileOptions;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.internal.sink.FileSink;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

class FileSinkContractTest extends SinkContract {

    private Path file() {
        return dir.resolve("logs/under-test.log");
    }

    @Override
    protected Sink open(LogSystem system) throws IOException {
        return FileSink.open(
                new Layouts(Map.of(), null, null, null, 1, false, Set.of(), 32_768, 1_048_576).json(),
                file(),
                FileOptions.plain(),
                clock,
                new Diagnostics(new PrintStream(OutputStream.nullOutputStream())));
    }

    @Override
    protected List<String> delivered() throws IOException {
        return Files.exists(file()) ? Files.readAllLines(file()) : List.of();
    }

    @Override
    protected void breakDestination() throws IOException {
        Files.delete(file());
        Files.delete(file().getParent());
        Files.writeString(file().getParent(), "a file where the folder was");
        // The sink looks for a vanished file at most once a second.
        clock.advance(Duration.ofMillis(1_100));
    }
}
