/**
 * Secret detectors (not exported): well-known secret shapes found in each encoded record on the writer thread and
 * masked as {@code [REDACTED:<kind>]} ({@code cairn.secrets.detect}).
 */
package dev.cairn.internal.secret;
