/**
 * Rate limits and duplicate suppression (not exported): limits at the call site ({@code every}, {@code atMostEvery},
 * {@code per}), token buckets per logger prefix ({@code cairn.limit.<logger>}), the duplicate window
 * ({@code cairn.dedupe.window}), and the counts of what each suppressed.
 */
package dev.cairn.internal.limit;
