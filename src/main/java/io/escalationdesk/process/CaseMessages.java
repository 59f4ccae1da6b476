package io.escalationdesk.process;

import static io.escalationdesk.process.CustomerEscalationProcess.MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR;
import static io.escalationdesk.process.CustomerEscalationProcess.MESSAGE_CUSTOMER_REPLIED;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.ACTOR;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.OUTCOME;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.REASON;

import io.escalationdesk.policy.Outcome;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** What customers do to a running case, delivered to its process as messages. */
@Component
public class CaseMessages {

  private final RuntimeService runtime;

  CaseMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * The customer got in touch: a case waiting for their information runs on.
   *
   * @return false when the case was not waiting for the customer
   */
  public boolean customerReplied(String caseNumber, String userId) {
    return deliverIfWaiting(MESSAGE_CUSTOMER_REPLIED, caseNumber,
        Map.of(ACTOR, Variables.stringValue(userId, true)));
  }

  /**
   * Escalates the case to a supervisor, recorded as done by the agent who took the contact. The
   * agent needs no rights on the process instance: the API already checked who may do this.
   *
   * @return false when the case is not with Tier 1 or Tier 2 (already higher, or in a department)
   */
  public boolean customerAskedForSupervisor(String caseNumber, String note, String userId) {
    return deliverIfWaiting(MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR, caseNumber, Map.of(
        OUTCOME, Outcome.SUPERVISOR_REQUESTED.name(),
        REASON, note,
        ACTOR, Variables.stringValue(userId, true)));
  }

  /**
   * Asks first rather than catching a failed correlation: inside the caller's transaction a
   * failed engine command would mark the whole transaction for rollback.
   */
  private boolean deliverIfWaiting(String message, String caseNumber, Map<String, Object> data) {
    boolean waiting = runtime.createExecutionQuery()
        .processInstanceBusinessKey(caseNumber)
        .messageEventSubscriptionName(message)
        .count() > 0;
    if (waiting) {
      runtime.createMessageCorrelation(message)
          .processInstanceBusinessKey(caseNumber)
          .setVariables(data)
          .correlate();
    }
    return waiting;
  }
}
