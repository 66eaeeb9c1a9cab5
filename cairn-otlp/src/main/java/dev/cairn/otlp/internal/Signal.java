package dev.cairn.otlp.internal;

/** The two OTLP signals Cairn sends, with their URL paths and the names their messages give to things. */
enum Signal {
    LOGS("/v1/logs", "resourceLogs", "scopeLogs", "logRecords", "rejectedLogRecords"),
    TRACES("/v1/traces", "resourceSpans", "scopeSpans", "spans", "rejectedSpans");

    final String path;
    final String resourceField;
    final String scopeField;
    final String itemsField;
    final String rejectedField;

    Signal(String path, String resourceField, String scopeField, String itemsField, String rejectedField) {
        this.path = path;
        this.resourceField = resourceField;
        this.scopeField = scopeField;
        this.itemsField = itemsField;
        this.rejectedField = rejectedField;
    }
}
