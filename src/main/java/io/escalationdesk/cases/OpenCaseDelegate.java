package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Checks the case data a new escalation brings, gives the case its number (the business key)
 * unless the caller already did, creates the case record unless the intake API already did, and
 * starts the timeline.
 */
@Component("openCase")
class OpenCaseDelegate implements JavaDelegate {

  private final CaseNumbers caseNumbers;
  private final CaseRecords records;
  private final CaseTimeline timeline;
  private final Clock clock;

  OpenCaseDelegate(
      CaseNumbers caseNumbers, CaseRecords records, CaseTimeline timeline, Clock clock) {
    this.caseNumbers = caseNumbers;
    this.records = records;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requireText(execution, CUSTOMER_ID);
    requireOneOf(execution, CATEGORY, Category.values());
    requireOneOf(execution, PRIORITY, Priority.values());
    requireOneOf(execution, TRIGGER, Trigger.values());
    requireOneOf(execution, CUSTOMER_SEGMENT, CustomerSegment.values());
    requireOneOf(execution, CHANNEL, Channel.values());
    if (!isBlank(execution, CUSTOMER_LANGUAGE)) {
      requireOneOf(execution, CUSTOMER_LANGUAGE, Language.values());
    }
    if (isBlank(execution, CUSTOMER_EMAIL) && isBlank(execution, CUSTOMER_PHONE)) {
      throw new NotValidException(
          CUSTOMER_EMAIL + " or " + CUSTOMER_PHONE + ": the customer needs a way to be reached");
    }
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next());
    }
    String caseNumber = execution.getProcessBusinessKey();
    Instant now = clock.instant();
    if (records.find(caseNumber).isEmpty()) {
      records.insert(recordOf(execution, caseNumber, now));
    }
    records.attachProcess(caseNumber, execution.getProcessInstanceId());
    timeline.record(new StatusUpdate(
        caseNumber,
        now,
        CaseVariables.actor(execution),
        CaseEvent.OPENED,
        null,
        null,
        "Escalated by " + execution.getVariable(CHANNEL) + " contact: "
            + execution.getVariable(TRIGGER),
        execution.getProcessInstanceId()));
  }

  /** The case record of an escalation started without the intake API (Tasklist, engine REST). */
  private static CaseRecord recordOf(DelegateExecution execution, String caseNumber, Instant now) {
    String email = CaseVariables.string(execution, CUSTOMER_EMAIL);
    String name = CaseVariables.string(execution, CUSTOMER_NAME);
    String language = CaseVariables.string(execution, CUSTOMER_LANGUAGE);
    return new CaseRecord(
        caseNumber,
        CaseVariables.string(execution, CUSTOMER_ID),
        name == null || name.isBlank() ? CaseVariables.string(execution, CUSTOMER_ID) : name,
        email,
        CaseVariables.string(execution, CUSTOMER_PHONE),
        email == null || email.isBlank() ? ContactChannel.SMS : ContactChannel.EMAIL,
        Channel.valueOf(CaseVariables.string(execution, CHANNEL)),
        Category.valueOf(CaseVariables.string(execution, CATEGORY)),
        Priority.valueOf(CaseVariables.string(execution, PRIORITY)),
        Trigger.valueOf(CaseVariables.string(execution, TRIGGER)),
        CustomerSegment.valueOf(CaseVariables.string(execution, CUSTOMER_SEGMENT)),
        Optional.ofNullable(CaseVariables.string(execution, DESCRIPTION)).orElse(""),
        null,
        CaseStatus.OPEN,
        null,
        now,
        null,
        null,
        language == null || language.isBlank() ? Language.EN : Language.valueOf(language),
        false);
  }

  private static void requireText(DelegateExecution execution, String name) {
    if (isBlank(execution, name)) {
      throw new NotValidException(name + ": required");
    }
  }

  private static void requireOneOf(DelegateExecution execution, String name, Enum<?>[] allowed) {
    String value = CaseVariables.string(execution, name);
    if (Arrays.stream(allowed).noneMatch(candidate -> candidate.name().equals(value))) {
      throw new NotValidException(
          name + ": '" + value + "' is not one of " + Arrays.toString(allowed));
    }
  }

  private static boolean isBlank(DelegateExecution execution, String name) {
    String value = CaseVariables.string(execution, name);
    return value == null || value.isBlank();
  }
}
