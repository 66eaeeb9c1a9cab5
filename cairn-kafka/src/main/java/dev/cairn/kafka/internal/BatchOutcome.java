package dev.cairn.kafka.internal;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * The producer's answers to the records of one batch, gathered from its delivery callbacks (on the producer's I/O
 * thread) and read by the sender once {@code flush} has returned.
 *
 * <p>Each record ends in one of four ways: acknowledged; refused with an error Kafka calls retriable (a timeout, a
 * lost leader: the record may have been written); refused because the client may not write yet (authentication,
 * authorization: nothing was written, a fixed ACL lets a retry succeed); refused for good (too large, an invalid
 * topic).
 */
final class BatchOutcome implements Callback {

    private int acknowledged;
    private int maybeWritten;
    private int notWritten;
    private int refused;
    private int tooLarge;
    private String firstError;

    @Override
    public synchronized void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception == null) {
            acknowledged++;
            return;
        }
        if (firstError == null) {
            firstError = exception.getClass().getSimpleName() + ": " + exception.getMessage();
        }
        if (exception instanceof AuthenticationException || exception instanceof AuthorizationException) {
            notWritten++;
        } else if (exception instanceof RetriableException) {
            maybeWritten++;
        } else {
            refused++;
            if (exception instanceof RecordTooLargeException) {
                tooLarge++;
            }
        }
    }

    synchronized int answered() {
        return acknowledged + maybeWritten + notWritten + refused;
    }

    /** Records that may or may not have been written: the batch is sent again and may be duplicated. */
    synchronized int maybeWritten() {
        return maybeWritten;
    }

    /** Records the brokers refused because the client may not write (yet): nothing of them was written. */
    synchronized int notWritten() {
        return notWritten;
    }

    /** Records refused for good. */
    synchronized int refused() {
        return refused;
    }

    /** Records refused for good as larger than the producer or broker allows. */
    synchronized int tooLarge() {
        return tooLarge;
    }

    /** The first error, its class and message, or null when every record was acknowledged. */
    synchronized String firstError() {
        return firstError;
    }
}
