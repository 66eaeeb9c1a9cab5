/**
 * {@code cairn receive}: listeners for JSON lines over TCP, TLS and UDP that check every line as bytes (never
 * deserializing anything), acknowledge Cairn senders once their batch is written, and bound what a client can cost.
 */
package dev.cairn.cli.receive;
