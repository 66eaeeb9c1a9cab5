/**
 * The {@code syslog} sink type ({@code cairn.sink.<name>.type=syslog}): each record as one RFC 5424 message, sent over
 * UDP (one datagram each), TCP or TLS (octet-counting frames, RFC 6587 and RFC 5425) through Cairn's delivery engine.
 * Its options are the constants of {@link dev.cairn.syslog.SyslogSinkProvider}.
 */
package dev.cairn.syslog;
