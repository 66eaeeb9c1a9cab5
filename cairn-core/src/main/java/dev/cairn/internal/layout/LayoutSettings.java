package dev.cairn.internal.layout;

/**
 * What every layout of one configuration writes the same way, whatever its schema.
 *
 * @param service {@code cairn.service}, or null
 * @param serviceVersion {@code cairn.service.version}, or null
 * @param environment {@code cairn.environment}, or null
 * @param host {@code cairn.host}, or null
 * @param pid this process's id
 * @param location whether records carry their call site
 * @param maxRecordLength {@code cairn.max-record-length}
 * @param ecsStyle nested objects or dotted keys for {@code ecs}
 */
record LayoutSettings(
        String service,
        String serviceVersion,
        String environment,
        String host,
        long pid,
        boolean location,
        int maxRecordLength,
        EcsStyle ecsStyle) {}
