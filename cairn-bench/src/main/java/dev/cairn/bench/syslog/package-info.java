/** The end-to-end syslog comparison against a real rsyslogd: throughput and records lost across a restart. */
package dev.cairn.bench.syslog;
