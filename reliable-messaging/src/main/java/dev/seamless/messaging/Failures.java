package dev.seamless.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells an outage (database or broker unreachable: retry later, the record is fine) from a failure of the record
 * itself (dead-letter it).
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.apache.kafka.common.errors.RetriableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Connection failures (08), the server shutting down (57P), and the losers of a serialization failure (40001)
     * or a deadlock (40P01), which succeed when tried again.
     */
    private static boolean isTransientState(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("40001")
                || sqlState.equals("40P01");
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
