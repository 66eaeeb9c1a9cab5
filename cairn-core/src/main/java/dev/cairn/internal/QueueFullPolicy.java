package dev.cairn.internal;

/** What a caller does when the asynchronous queue is full. */
public enum QueueFullPolicy {
    /** Wait for space: nothing is lost. */
    BLOCK,
    /** Drop TRACE, DEBUG and INFO records, counting them; WARN and above wait for space. */
    DROP,
    /** Write the record on the calling thread, bypassing the queue. */
    SYNC
}
