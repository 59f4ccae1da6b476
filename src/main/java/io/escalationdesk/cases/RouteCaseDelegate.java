package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.policy.Department;
import io.escalationdesk.policy.Level;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends a new case to the entry level the escalation policy chose. */
@Component("routeCase")
class RouteCaseDelegate implements JavaDelegate {

  private final CaseTransitions transitions;

  RouteCaseDelegate(CaseTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var transition = CaseRouting.entry(
        Level.valueOf(CaseVariables.string(execution, ENTRY_LEVEL)),
        Department.valueOf(CaseVariables.string(execution, DEPARTMENT)),
        Boolean.TRUE.equals(execution.getVariable(AVOIDABLE)));
    transitions.apply(execution, transition, CaseVariables.SYSTEM_ACTOR);
  }
}
