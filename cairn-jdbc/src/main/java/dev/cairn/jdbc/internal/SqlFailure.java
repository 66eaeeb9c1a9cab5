package dev.cairn.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * What a failed statement means for its batch, read from the SQLState (SQL standard classes, PostgreSQL's codes):
 * the connection is gone, some row's data was refused, or the database cannot take writes now.
 */
enum SqlFailure {
    /** The connection broke or the server is shutting down (class 08, 57P01–57P03): reconnect and retry the batch. */
    CONNECTION,
    /**
     * A value or row was refused (class 22 data exception, 23 integrity constraint, 54 program limit exceeded): the
     * rows are written one by one so that only the offending ones are rejected.
     */
    DATA,
    /**
     * Anything else (a missing table or permission, the database out of space, a deadlock, a timeout): the batch is
     * retried with backoff, spooled meanwhile, until an operator fixes the cause.
     */
    LATER;

    static SqlFailure of(SQLException e) {
        String state = e.getSQLState();
        if (state == null || state.length() < 2) {
            return e instanceof SQLRecoverableException
                            || e instanceof SQLNonTransientConnectionException
                            || (e instanceof SQLTransientException && e.getCause() instanceof java.io.IOException)
                    ? CONNECTION
                    : LATER;
        }
        String type = state.substring(0, 2);
        if (type.equals("08") || state.startsWith("57P0")) {
            return CONNECTION;
        }
        if (type.equals("22") || type.equals("23") || type.equals("54")) {
            return DATA;
        }
        return e instanceof SQLRecoverableException ? CONNECTION : LATER;
    }

    /**
     * The failure in one line for the diagnostic channel: the SQLState and the first line of the message, which names
     * the constraint or the type but not the row (PostgreSQL's "Detail: Failing row contains" line is left out).
     */
    static String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        if (end >= 0) {
            message = message.substring(0, end);
        }
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return "SQLState " + e.getSQLState() + ": " + message.strip();
    }
}
