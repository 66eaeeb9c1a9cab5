/** The {@code syslog} sink type: RFC 5424 messages over UDP, TCP or TLS, found by Cairn with {@code ServiceLoader}. */
module dev.cairn.syslog {
    requires transitive dev.cairn;

    exports dev.cairn.syslog;

    provides dev.cairn.spi.SinkProvider with
            dev.cairn.syslog.SyslogSinkProvider;
}
