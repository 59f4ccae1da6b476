package io.escalationdesk.cases;

import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a missed SLA and escalates the case, on behalf of the system. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

  private final CaseTransitions transitions;

  RecordSlaBreachDelegate(CaseTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    var transition = CaseRouting.afterSlaBreach(
        level, CaseVariables.handOffLevel(execution), CaseVariables.slaOf(execution, level));
    transitions.apply(execution, transition, CaseVariables.SYSTEM_ACTOR);
  }
}
