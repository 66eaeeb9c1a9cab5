/**
 * The delivery engine shared by every sink that ships records off the machine: a sink type encodes each record into
 * an item and gives a {@link dev.cairn.delivery.Transport} that sends a batch of items; a
 * {@link dev.cairn.delivery.DeliveryChannel} batches, retries, spools to disk while the peer is away and accounts for
 * every record.
 */
package dev.cairn.delivery;
