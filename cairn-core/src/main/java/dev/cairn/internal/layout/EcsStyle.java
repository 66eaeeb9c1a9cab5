package dev.cairn.internal.layout;

/** How ECS field names are written ({@code cairn.json.ecs.style}). */
public enum EcsStyle {
    /** Nested objects, {@code "log":{"level":"INFO"}}, as Spring Boot 3.5 writes ECS. */
    NESTED,
    /** Dotted keys, {@code "log.level":"INFO"}, as Elastic's ecs-logging-java writes ECS. */
    DOTTED
}
