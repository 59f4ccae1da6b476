package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.REPLY_DUE_AT;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer has not replied yet: the reminder goes on the timeline, then to the customer. */
@Component("recordReminder")
class RecordReminderDelegate implements JavaDelegate {

  private final CaseTransitions transitions;
  private final SlaClock slaClock;

  RecordReminderDelegate(CaseTransitions transitions, SlaClock slaClock) {
    this.transitions = transitions;
    this.slaClock = slaClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transitions.recordInPlace(execution, CaseEvent.REMINDER, CaseVariables.SYSTEM_ACTOR,
        "No reply yet; without one the case closes unresolved at " + slaClock.localTime(execution,
            CaseVariables.instant(execution, REPLY_DUE_AT)));
  }
}
