package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.REASON;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.SlaDurations;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * An agent asked the customer for information: the SLA clock stops until the customer replies.
 * Runs in the task's completion transaction, so a request without a reason refuses it.
 */
@Component("pauseSlaClock")
class PauseSlaClockDelegate implements JavaDelegate {

  private final SlaClock slaClock;
  private final CaseTransitions transitions;

  PauseSlaClockDelegate(SlaClock slaClock, CaseTransitions transitions) {
    this.slaClock = slaClock;
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String needed = CaseVariables.string(execution, REASON);
    if (needed == null || needed.isBlank()) {
      throw new NotValidException(
          "reason: Say what the customer should send; it goes on the case timeline");
    }
    var left = slaClock.pause(execution);
    transitions.recordInPlace(execution, CaseEvent.INFORMATION_REQUESTED,
        CaseVariables.actor(execution),
        needed + "; SLA clock paused with " + SlaDurations.words(left) + " of business time left");
  }
}
