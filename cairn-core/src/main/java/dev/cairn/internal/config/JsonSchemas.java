package dev.cairn.internal.config;

import dev.cairn.internal.layout.EcsStyle;
import dev.cairn.internal.layout.JsonSchema;
import java.util.Map;

/**
 * The JSON schema of each sink and what the consumer schemas write besides Cairn's settings.
 *
 * @param defaultSchema {@code cairn.json.schema}: the schema of the console and of every sink that sets none
 * @param bySink the sinks that set their own ({@code cairn.console.json.schema}, {@code cairn.file.json.schema},
 *     {@code cairn.sink.<name>.json.schema}), by sink name
 * @param serviceVersion {@code cairn.service.version}, or null
 * @param environment {@code cairn.environment}, or null
 * @param ecsStyle {@code cairn.json.ecs.style}
 */
public record JsonSchemas(
        JsonSchema defaultSchema,
        Map<String, JsonSchema> bySink,
        String serviceVersion,
        String environment,
        EcsStyle ecsStyle) {

    /** Cairn's own schema everywhere. */
    public static final JsonSchemas CAIRN = new JsonSchemas(JsonSchema.CAIRN, Map.of(), null, null, EcsStyle.NESTED);

    public JsonSchemas {
        bySink = Map.copyOf(bySink);
    }

    /** The schema sink {@code name} writes. */
    public JsonSchema of(String name) {
        return bySink.getOrDefault(name, defaultSchema);
    }
}
