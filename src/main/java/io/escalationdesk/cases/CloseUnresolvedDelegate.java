package io.escalationdesk.cases;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import io.escalationdesk.policy.Transition;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No reply after the reminder: the case closes unresolved, as the customer was told. */
@Component("closeUnresolved")
class CloseUnresolvedDelegate implements JavaDelegate {

  private final CaseTransitions transitions;
  private final SlaClock slaClock;

  CloseUnresolvedDelegate(CaseTransitions transitions, SlaClock slaClock) {
    this.transitions = transitions;
    this.slaClock = slaClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    slaClock.resume(execution); // the wait is over: it counts into the case's paused time
    transitions.apply(execution, new Transition(CaseEvent.UNRESOLVED_NO_REPLY,
            CaseVariables.level(execution), Level.CLOSED, null,
            "The customer did not reply to the information request or the reminder"),
        CaseVariables.SYSTEM_ACTOR);
  }
}
