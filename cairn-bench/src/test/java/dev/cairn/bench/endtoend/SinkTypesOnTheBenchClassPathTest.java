package dev.cairn.bench.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sink type on cairn-bench's class path (Cairn's own, otlp, jdbc, kafka, syslog, tcp and udp) describes itself
 * when Cairn starts through SLF4J, as the end-to-end child does. The kafka type used to fail here: describing it
 * initialized kafka-clients' {@code ProducerConfig}, whose logging went through SLF4J back into Cairn while Cairn was
 * still loading its sink types.
 */
class SinkTypesOnTheBenchClassPathTest {

    @TempDir
    Path dir;

    @Test
    void cairnStartedThroughSlf4j_leavesNoSinkTypeOut() throws Exception {
        List<String> jvmArguments = new ArrayList<>(List.of("-Dslf4j.provider=" + Setup.CAIRN.provider()));
        jvmArguments.addAll(Setup.CAIRN.properties(dir.resolve("orders.json")));

        ChildJvm.Exit exit = ChildJvm.main(Slf4jWorkload.class)
                .jvmArguments(jvmArguments)
                .arguments(Setup.CAIRN.name(), "100", "1")
                .run(Duration.ofSeconds(60));

        assertThat(exit.code()).as(exit.stderr()).isZero();
        assertThat(exit.stderr())
                .doesNotContain("failed to describe itself")
                .doesNotContain("could not be loaded")
                .doesNotContain("left out");
        assertThat(WrittenOrders.read(dir.resolve("orders.json"), 100).complete())
                .isTrue();
    }
}
