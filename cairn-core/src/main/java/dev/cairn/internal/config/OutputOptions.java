package dev.cairn.internal.config;

import dev.cairn.internal.layout.JsonSchema;

/** The option that chooses how a sink writes JSON, common to the console, files and sinks of every type. */
public final class OutputOptions {

    /** {@code json.schema}: the JSON schema of this sink's records, when it writes JSON. */
    public static final SinkOption<JsonSchema> JSON_SCHEMA =
            SinkOption.of("json.schema", ValueType.choice(JsonSchema.class), "the value of cairn.json.schema");

    /** The output options, in the order error lines list them. */
    public static final SinkOptions ALL = SinkOptions.of(JSON_SCHEMA);

    private OutputOptions() {}
}
