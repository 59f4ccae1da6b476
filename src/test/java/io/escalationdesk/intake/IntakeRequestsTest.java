package io.escalationdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.TwoTransactions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** An Idempotency-Key opens one case: the first request's, even when a retry races it. */
@RepositorySlice
class IntakeRequestsTest {

    @Autowired
    IntakeRequests requests;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKeyFindsTheCaseItOpenedAndAKeyNotSeenFindsNone() {
        requests.record("key-1", "ESC-T-1");

        assertThat(requests.caseNumberFor("key-1")).hasValue("ESC-T-1");
        assertThat(requests.caseNumberFor("key-2")).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aRetryRacingTheFirstRequestWaitsForItAndIsRefused() {
        try {
            assertThatThrownBy(() -> TwoTransactions.race(
                            transaction,
                            () -> {
                                requests.record("key-race", "ESC-R-1");
                                return null;
                            },
                            () -> requests.record("key-race", "ESC-R-2")))
                    .isInstanceOf(DuplicateKeyException.class);

            assertThat(requests.caseNumberFor("key-race")).hasValue("ESC-R-1");
        } finally {
            jdbc.sql("delete from intake_request where idempotency_key = 'key-race'")
                    .update();
        }
    }
}
