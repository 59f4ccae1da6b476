package io.escalationdesk.intake;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.cases.CaseNumbers;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.process.EscalationStarter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a case in one short transaction: case number, case record and process start up to its
 * first asynchronous step commit together or not at all. An Idempotency-Key makes retries, even
 * racing ones, return the case the first request created.
 */
@Service
class CaseIntake {

  /** The case and whether this request created it (false: a retry of an earlier request). */
  record Outcome(CaseRecord record, boolean created) {}

  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final CaseNumbers caseNumbers;
  private final CaseRecords records;
  private final EscalationStarter starter;
  private final Clock clock;

  CaseIntake(TransactionTemplate transaction, JdbcClient jdbc, CaseNumbers caseNumbers,
      CaseRecords records, EscalationStarter starter, Clock clock) {
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.caseNumbers = caseNumbers;
    this.records = records;
    this.starter = starter;
    this.clock = clock;
  }

  Outcome open(CaseIntakeRequest request, String idempotencyKey, String userId, List<String> groups) {
    return open(request, null, idempotencyKey, userId, groups);
  }

  /** Opens a case; {@code linkedCaseNumber} names the closed case it follows up, if any. */
  Outcome open(CaseIntakeRequest request, String linkedCaseNumber, String idempotencyKey,
      String userId, List<String> groups) {
    if (idempotencyKey != null) {
      Optional<Outcome> earlier = earlierCase(idempotencyKey);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try {
      return transaction.execute(status -> {
        Instant now = clock.instant();
        String caseNumber = caseNumbers.next();
        if (idempotencyKey != null) {
          // a racing retry blocks here until the first commits, then fails on the key
          jdbc.sql("insert into intake_request (idempotency_key, case_number, created_at) "
                  + "values (?, ?, ?)")
              .params(idempotencyKey, caseNumber, Timestamp.from(now))
              .update();
        }
        records.insert(recordOf(request, caseNumber, now, linkedCaseNumber));
        starter.start(caseNumber, variablesOf(request), userId, groups);
        return new Outcome(records.find(caseNumber).orElseThrow(), true);
      });
    } catch (DataAccessException raceLost) {
      if (idempotencyKey == null) {
        throw raceLost;
      }
      return earlierCase(idempotencyKey).orElseThrow(() -> raceLost);
    }
  }

  private Optional<Outcome> earlierCase(String idempotencyKey) {
    return jdbc.sql("select case_number from intake_request where idempotency_key = ?")
        .param(idempotencyKey)
        .query(String.class)
        .optional()
        .flatMap(records::find)
        .map(record -> new Outcome(record, false));
  }

  private static CaseRecord recordOf(
      CaseIntakeRequest request, String caseNumber, Instant now, String linkedCaseNumber) {
    return new CaseRecord(caseNumber, request.customerId(), request.customerName(),
        request.customerEmail(), request.customerPhone(), request.preferredContactChannel(),
        request.channel(), request.category(), request.priority(), request.trigger(),
        request.customerSegment(), request.description(), request.externalReference(),
        CaseStatus.OPEN, null, now, null, linkedCaseNumber, request.languageOrDefault(),
        request.notificationOptOut());
  }

  /** Only what the process routes, times and notifies on; the rest stays in the case record. */
  private static Map<String, Object> variablesOf(CaseIntakeRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CUSTOMER_ID, request.customerId());
    variables.put(CUSTOMER_EMAIL, CaseRecord.normalizeEmail(request.customerEmail()));
    variables.put(CUSTOMER_PHONE, CaseRecord.normalizePhone(request.customerPhone()));
    variables.put(DESCRIPTION, request.description());
    variables.put(CATEGORY, request.category().name());
    variables.put(PRIORITY, request.priority().name());
    variables.put(TRIGGER, request.trigger().name());
    variables.put(CUSTOMER_SEGMENT, request.customerSegment().name());
    variables.put(CHANNEL, request.channel().name());
    return variables;
  }
}
