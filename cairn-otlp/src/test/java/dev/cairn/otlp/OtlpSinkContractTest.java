package dev.cairn.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.LogSystem;
import dev.cairn.contract.SinkContract;
import dev.cairn.otlp.internal.OtlpSinkProvider;
import dev.cairn.spi.Sink;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract for the {@code otlp} sink, posting OTLP/HTTP protobuf to {@link OtlpReceiver} (which decodes with the
 * official proto classes): broken by closing the receiver, repaired by a new one on the same port, stalled by holding
 * its answers. Each log record accepted is read back as a JSON object: its body as {@code message}, its attributes as
 * keys.
 */
class OtlpSinkContractTest extends SinkContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<String> earlier = new ArrayList<>();
    private OtlpReceiver receiver;
    private int port;
    private Runnable held = () -> {};

    @Override
    protected Sink open(LogSystem system) {
        receiver = new OtlpReceiver();
        port = Integer.parseInt(receiver.base().substring(receiver.base().lastIndexOf(':') + 1));
        return new OtlpSinkProvider().create(context(system, Map.of("endpoint", receiver.base(), "flows", "logs")));
    }

    @Override
    protected synchronized List<String> delivered() {
        List<String> lines = new ArrayList<>(earlier);
        if (receiver != null) {
            lines.addAll(lines(receiver));
        }
        return lines;
    }

    private static List<String> lines(OtlpReceiver receiver) {
        List<String> lines = new ArrayList<>();
        for (OtlpReceiver.ReceivedLog log : receiver.acceptedLogs()) {
            ObjectNode record = NODES.objectNode();
            record.set("message", json(log.record().getBody()));
            for (KeyValue attribute : log.record().getAttributesList()) {
                record.set(attribute.getKey(), json(attribute.getValue()));
            }
            try {
                lines.add(JSON.writeValueAsString(record));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines;
    }

    private static JsonNode json(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> NODES.textNode(value.getStringValue());
            case INT_VALUE -> NODES.numberNode(value.getIntValue());
            case DOUBLE_VALUE -> NODES.numberNode(value.getDoubleValue());
            case BOOL_VALUE -> NODES.booleanNode(value.getBoolValue());
            case BYTES_VALUE -> NODES.binaryNode(value.getBytesValue().toByteArray());
            case ARRAY_VALUE -> {
                ArrayNode array = NODES.arrayNode();
                value.getArrayValue().getValuesList().forEach(v -> array.add(json(v)));
                yield array;
            }
            case KVLIST_VALUE -> {
                ObjectNode object = NODES.objectNode();
                value.getKvlistValue().getValuesList().forEach(kv -> object.set(kv.getKey(), json(kv.getValue())));
                yield object;
            }
            default -> NODES.textNode(value.toString());
        };
    }

    @Override
    protected synchronized void breakDestination() {
        earlier.addAll(lines(receiver));
        receiver.close();
        receiver = null;
    }

    @Override
    protected synchronized void repairDestination() {
        receiver = new OtlpReceiver(port);
    }

    @Override
    protected Runnable stallDestination() {
        held = receiver.hold();
        return held;
    }

    @Override
    protected Outage outage() {
        return Outage.KEEPS_UNTIL_REPAIRED;
    }

    @Override
    protected synchronized void closeDestination() {
        held.run();
        if (receiver != null) {
            receiver.close();
        }
    }
}
