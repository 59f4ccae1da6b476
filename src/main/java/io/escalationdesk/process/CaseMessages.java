package io.escalationdesk.process;

import static io.escalationdesk.process.CustomerEscalationProcess.MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.ACTOR;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.OUTCOME;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.REASON;

import io.escalationdesk.policy.Outcome;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
   * Escalates the case to a supervisor, recorded as done by the agent who took the contact. The
   * agent needs no rights on the process instance: the API already checked who may do this.
   *
   * @return false when the case is not with Tier 1 or Tier 2 (already higher, or in a department)
   */
  public boolean customerAskedForSupervisor(String caseNumber, String note, String userId) {
    try {
      runtime.createMessageCorrelation(MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR)
          .processInstanceBusinessKey(caseNumber)
          .setVariable(OUTCOME, Outcome.SUPERVISOR_REQUESTED.name())
          .setVariable(REASON, note)
          .setVariable(ACTOR, Variables.stringValue(userId, true))
          .correlate();
      return true;
    } catch (MismatchingMessageCorrelationException notWaitingForIt) {
      return false;
    }
  }
}
