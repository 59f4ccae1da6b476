package io.escalationdesk.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case each Idempotency-Key opened: one case per key, also when retries race. */
@Repository
public class IntakeRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * In the transaction that opens the case. A racing request with the same key blocks here until
     * the first commits, then fails.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the key opened a case already
     */
    void record(String idempotencyKey, String caseNumber) {
        jdbc.sql("insert into intake_request (idempotency_key, case_number, created_at) values (?, ?, ?)")
                .params(idempotencyKey, caseNumber, Timestamp.from(clock.instant()))
                .update();
    }

    Optional<String> caseNumberFor(String idempotencyKey) {
        return jdbc.sql("select case_number from intake_request where idempotency_key = ?")
                .param(idempotencyKey)
                .query(String.class)
                .optional();
    }
}
