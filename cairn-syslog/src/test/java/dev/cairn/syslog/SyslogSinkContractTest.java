package dev.cairn.syslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
import dev.cairn.spi.Sink;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The contract for the {@code syslog} sink over TCP into a real rsyslogd (started as {@link Rsyslog} starts it;
 * skipped when rsyslog is not installed, failed instead under {@code CAIRNTEST_REQUIRE_SERVERS}): broken by stopping
 * rsyslogd, repaired by starting it again on the same port, stalled by suspending it (SIGSTOP). Each message rsyslog
 * parsed is read back as a JSON object: its MSG as {@code message}, its SD-PARAMs as keys (a value Cairn wrote as JSON,
 * a collection or a map, parsed back).
 */
class SyslogSinkContractTest extends SinkContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SD = "cairn@32473";

    private Rsyslog rsyslog;
    private Runnable resume = () -> {};

    @Override
    protected Sink open(LogSystem system) throws Exception {
        rsyslog = Rsyslog.start(dir.resolve("rsyslog"));
        return new SyslogSinkProvider()
                .create(context(
                        system,
                        Map.of("host", "127.0.0.1", "protocol", "tcp", "port", String.valueOf(rsyslog.tcpPort()))));
    }

    @Override
    protected List<String> delivered() throws JsonProcessingException {
        List<String> lines = new ArrayList<>();
        for (JsonNode message : rsyslog.messages()) {
            if (!message.path("app-name").asText().equals("test-service")) {
                continue;
            }
            ObjectNode record = JSON.createObjectNode();
            record.put("message", message.path("msg").asText().replaceFirst("^\uFEFF", ""));
            for (Iterator<Map.Entry<String, JsonNode>> params =
                            message.path("$!").path("rfc5424-sd").path(SD).fields();
                    params.hasNext(); ) {
                Map.Entry<String, JsonNode> param = params.next();
                String text = param.getValue().asText();
                record.set(
                        param.getKey(),
                        text.startsWith("[") || text.startsWith("{") ? JSON.readTree(text) : param.getValue());
            }
            lines.add(JSON.writeValueAsString(record));
        }
        return lines;
    }

    @Override
    protected void breakDestination() throws InterruptedException {
        rsyslog.stop();
    }

    @Override
    protected void repairDestination() throws Exception {
        rsyslog.restart();
    }

    @Override
    protected Runnable stallDestination() throws Exception {
        resume = rsyslog.pause();
        return resume;
    }

    @Override
    protected Outage outage() {
        return Outage.KEEPS_UNTIL_REPAIRED;
    }

    @Override
    protected void closeDestination() throws InterruptedException {
        resume.run();
        if (rsyslog != null) {
            rsyslog.close();
        }
    }
}
