package io.escalationdesk.intake;

import io.escalationdesk.cases.CaseNumbers;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a case in one short transaction: the case number, the case's process up to its first
 * asynchronous step and, through it, the case record commit together or not at all. An
 * Idempotency-Key makes retries, even racing ones, return the case the first request created.
 */
@Service
public class CaseIntake {

    /** The case and whether this request created it (false: a retry of an earlier request). */
    public record Accepted(CaseRecord record, boolean created) {}

    private final TransactionTemplate transaction;
    private final IntakeRequests requests;
    private final CaseNumbers caseNumbers;
    private final CaseRecords records;
    private final CaseOpening opening;
    private final EscalationProcess process;

    CaseIntake(
            TransactionTemplate transaction,
            IntakeRequests requests,
            CaseNumbers caseNumbers,
            CaseRecords records,
            CaseOpening opening,
            EscalationProcess process) {
        this.transaction = transaction;
        this.requests = requests;
        this.caseNumbers = caseNumbers;
        this.records = records;
        this.opening = opening;
        this.process = process;
    }

    /** @param idempotencyKey none: every request opens a case */
    public Accepted open(NewCase newCase, String idempotencyKey, Caller caller) {
        return open(newCase, null, idempotencyKey, caller);
    }

    /** A new case for a contact on a closed one, linked to it. */
    Accepted openFollowUp(NewCase newCase, String followUpOf, Caller caller) {
        return open(newCase, followUpOf, null, caller);
    }

    private Accepted open(NewCase newCase, String followUpOf, String idempotencyKey, Caller caller) {
        // refused here, before any engine work, rather than inside the process start
        opening.check(newCase);
        if (idempotencyKey != null) {
            Optional<Accepted> earlier = openedFor(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transaction.execute(status -> {
                String caseNumber = caseNumbers.next();
                if (idempotencyKey != null) {
                    // a racing retry blocks here until the first commits, then fails on the key
                    requests.record(idempotencyKey, caseNumber);
                }
                process.start(caseNumber, newCase, followUpOf, caller);
                return new Accepted(records.find(caseNumber).orElseThrow(), true);
            });
        } catch (DataAccessException raceLost) {
            if (idempotencyKey == null) {
                throw raceLost;
            }
            return openedFor(idempotencyKey).orElseThrow(() -> raceLost);
        }
    }

    /** The case a request with this Idempotency-Key opened; none when none did. */
    public Optional<Accepted> openedFor(String idempotencyKey) {
        return requests.caseNumberFor(idempotencyKey).flatMap(records::find).map(record -> new Accepted(record, false));
    }
}
