package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Checks the case data a new escalation brings, gives the case its number (the business key)
 * unless the caller already did, and starts the timeline.
 */
@Component("openCase")
class OpenCaseDelegate implements JavaDelegate {

  private final CaseNumbers caseNumbers;
  private final CaseTimeline timeline;
  private final Clock clock;

  OpenCaseDelegate(CaseNumbers caseNumbers, CaseTimeline timeline, Clock clock) {
    this.caseNumbers = caseNumbers;
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
    if (isBlank(execution, CUSTOMER_EMAIL) && isBlank(execution, CUSTOMER_PHONE)) {
      throw new NotValidException(
          CUSTOMER_EMAIL + " or " + CUSTOMER_PHONE + ": the customer needs a way to be reached");
    }
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next());
    }
    timeline.record(new StatusUpdate(
        execution.getProcessBusinessKey(),
        clock.instant(),
        CaseVariables.actor(execution),
        CaseEvent.OPENED,
        null,
        null,
        "Escalated by " + execution.getVariable(CHANNEL) + " contact: " + execution.getVariable(TRIGGER),
        execution.getProcessInstanceId()));
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
