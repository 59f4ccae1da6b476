package io.escalationdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as the database out of reach, with the drivers' and the pool's own failures: a
 * PostgreSQL that does not answer and a pool that found no connection in time are; a bad
 * statement is not. R4 of the fault suite restarts a real PostgreSQL under load.
 */
class DatabaseOutageTest {

    /** A loopback port nothing listens on. */
    private static final String NOBODY = "jdbc:postgresql://127.0.0.1:9/escalation";

    @Test
    void aPostgresqlThatDoesNotAnswerIsAnOutageAlsoWrappedByTheEngine() {
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(NOBODY, "desk", "desk"));

        assertThat(DatabaseOutage.isCauseOf(refused)).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("query failed", refused)))
                .isTrue();
    }

    @Test
    void aRollbackThatFailedIsJudgedByWhatMadeTheTransactionRollBack() {
        Throwable lost = catchThrowable(() -> DriverManager.getConnection(NOBODY, "desk", "desk"));
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(lost);

        assertThat(DatabaseOutage.isCauseOf(rollback)).isTrue();
    }

    @Test
    void aCommitOnAConnectionThePoolHadClosedIsAnOutage() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:closed");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            var connection = pool.getConnection();
            connection.close();
            Throwable closed = catchThrowable(connection::commit);

            assertThat(DatabaseOutage.isCauseOf(
                            new TransactionSystemException("Could not commit JDBC transaction", closed)))
                    .isTrue();
        }
    }

    @Test
    void aPoolThatFoundNoConnectionInTimeIsAnOutage() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(NOBODY);
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            assertThat(DatabaseOutage.isCauseOf(catchThrowable(pool::getConnection)))
                    .isTrue();
        }
    }

    @Test
    void aStatementTheDatabaseRefusesIsNoOutage() throws Exception {
        try (var h2 = DriverManager.getConnection("jdbc:h2:mem:outage", "sa", "")) {
            Throwable refused = catchThrowable(() -> h2.createStatement().execute("select nonsense"));

            assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("failed", refused)))
                    .isFalse();
        }
    }
}
