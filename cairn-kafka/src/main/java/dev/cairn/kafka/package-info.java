/**
 * The {@code kafka} sink type ({@code cairn.sink.<name>.type=kafka}): {@link dev.cairn.kafka.KafkaSinkProvider} names
 * its options; the sink is found with {@code ServiceLoader} when this module is on the class or module path.
 */
package dev.cairn.kafka;
