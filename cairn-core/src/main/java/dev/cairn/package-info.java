/**
 * The logging API: {@link dev.cairn.Cairn} and {@link dev.cairn.LogSystem} hand out {@link dev.cairn.Logger}s, which
 * write records at a {@link dev.cairn.Level}, with {@link dev.cairn.KeyValue} fields or through the fluent
 * {@link dev.cairn.LogEvent}; {@link dev.cairn.ConfigBuilder} configures a system in code.
 */
package dev.cairn;
