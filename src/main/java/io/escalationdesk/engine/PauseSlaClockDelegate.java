package io.escalationdesk.engine;

import static io.escalationdesk.engine.CustomerEscalationProcess.Variables.REASON;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.Timeline;
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
  private final Timeline timeline;

  PauseSlaClockDelegate(SlaClock slaClock, CaseTransitions transitions, Timeline timeline) {
    this.slaClock = slaClock;
    this.transitions = transitions;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String needed = CaseVariables.string(execution, REASON);
    if (needed == null || needed.isBlank()) {
      throw new NotValidException(
          "reason: Say what the customer should send; it goes on the case timeline");
    }
    var left = slaClock.pause(execution);
    transitions.inPlace(execution, CaseEvent.INFORMATION_REQUESTED);
    timeline.informationRequested(CaseVariables.ref(execution), CaseVariables.level(execution),
        CaseVariables.actor(execution), needed, left);
  }
}
