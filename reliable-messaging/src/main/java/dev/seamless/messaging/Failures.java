package dev.seamless.messaging;

import dev.seamless.events.envelope.InvalidEventException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;

/**
 * Tells what a failure says about the record being applied: nothing (an outage of the database or the broker, or a
 * passing fault of the database: wait and try again, however long it takes), that the record itself can never be
 * applied (dead-letter it), or nothing known (try again a few times, then dead-letter it with the history).
 */
public final class Failures {

    /** What a failure says about the record. */
    public enum Kind {
        /** The database or broker is unreachable or refuses for a while: the record is fine, wait for it. */
        OUTAGE,
        /** The record can never be applied: invalid, refused by its handler, or refused by the database's rules. */
        RECORD,
        /** Neither is known: try again a bounded number of times. */
        UNKNOWN
    }

    private Failures() {
    }

    /**
     * A cause that blames the record decides first: a rule the data breaks stays broken however often it is tried,
     * even when it surfaces as a rolled-back transaction.
     */
    public static Kind classify(Throwable failure) {
        boolean outage = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (blamesTheRecord(cause)) {
                return Kind.RECORD;
            }
            outage |= isOutage(cause);
        }
        return outage ? Kind.OUTAGE : Kind.UNKNOWN;
    }

    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.OUTAGE;
    }

    /**
     * The record's own fault: it breaks the contract ({@link InvalidEventException}), its handler refuses it
     * ({@link IllegalArgumentException}, the services' convention for "this record can never be applied"), or the
     * database refuses its data: SQL states of class 22 (data exception: too long, out of range) and 23 (integrity
     * constraint violation).
     */
    private static boolean blamesTheRecord(Throwable cause) {
        if (cause instanceof InvalidEventException || cause instanceof IllegalArgumentException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"));
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException
                || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof org.apache.kafka.common.errors.RetriableException
                || cause instanceof jakarta.transaction.RollbackException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            return (sql.getSQLState() != null && isPassingState(sql.getSQLState()))
                    || (sql.getMessage() != null
                            && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"));
        }
        return false;
    }

    /**
     * SQL states that pass with time: connection failures (08), a failover's read-only standby (25006), the losers of
     * a serialization failure (40001) or a deadlock (40P01), insufficient resources such as a full disk or too many
     * connections (53), a lock or statement timeout (55P03, 57014) and the server shutting down (57P).
     */
    private static boolean isPassingState(String sqlState) {
        return sqlState.startsWith("08") || sqlState.equals("25006") || sqlState.equals("40001")
                || sqlState.equals("40P01") || sqlState.startsWith("53") || sqlState.equals("55P03")
                || sqlState.startsWith("57");
    }

    /** The innermost message, for people reading a dead-letter header or a log line. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
        return root == failure ? message : failure.getClass().getSimpleName() + ": " + message;
    }
}
