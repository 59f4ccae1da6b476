package io.escalationdesk.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request that failed because the database could not be reached (it restarts, fails over, or
 * the pool found no connection in time) is the desk being unavailable for a moment, not a bug:
 * 503 with Retry-After, and the client asks again, a new case with the same Idempotency-Key.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * Whether the failure, or one of its causes, is the database out of reach. A commit or rollback
     * that failed on a connection the pool had already closed (it found it broken) is an outage
     * too; a failed rollback also tells what made the transaction roll back.
     */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> causes = new ArrayDeque<>(List.of(failure));
        while (!causes.isEmpty()) {
            Throwable cause = causes.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException ending) {
                if (ending.getCause() instanceof SQLException sql && sql.getSQLState() == null) {
                    return true;
                }
                if (ending.getApplicationException() != null) {
                    causes.push(ending.getApplicationException());
                }
            }
            if (cause.getCause() != null) {
                causes.push(cause.getCause());
            }
        }
        return false;
    }

    /** SQL states of class 08 (connection exception) and 57P (the server shuts down or starts). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    public static ProblemDetail problem() {
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The desk's database is out of reach or busy just now; please try again in a moment.");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }
}
