package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_DUE_AT;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_TARGET;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nobody took the case in time: the timeline says so; the resolution target still runs. */
@Component("recordMissedFirstResponse")
class RecordMissedFirstResponseDelegate implements JavaDelegate {

  private final CaseTransitions transitions;
  private final SlaClock slaClock;

  RecordMissedFirstResponseDelegate(CaseTransitions transitions, SlaClock slaClock) {
    this.transitions = transitions;
    this.slaClock = slaClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    var due = CaseVariables.instant(execution, FIRST_RESPONSE_DUE_AT);
    transitions.note(execution, CaseEvent.FIRST_RESPONSE_MISSED, CaseVariables.SYSTEM_ACTOR,
        "No agent took the " + level + " task within the first response target of "
            + CaseVariables.string(execution, FIRST_RESPONSE_TARGET) + " (due "
            + slaClock.localTime(execution, due) + ")");
  }
}
