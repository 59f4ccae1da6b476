package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.policy.Department;
import io.escalationdesk.policy.InvalidOutcomeException;
import io.escalationdesk.policy.Outcome;
import io.escalationdesk.process.CaseVariables;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Applies the outcome an agent chose when completing a task. Runs in the task's completion
 * transaction, so an outcome the level does not allow refuses the completion.
 */
@Component("recordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

  private final CaseTransitions transitions;

  RecordOutcomeDelegate(CaseTransitions transitions) {
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      var transition = CaseRouting.afterOutcome(
          CaseVariables.level(execution),
          outcome(execution),
          CaseVariables.string(execution, REASON),
          Department.valueOf(CaseVariables.string(execution, DEPARTMENT)),
          CaseVariables.handOffLevel(execution));
      transitions.apply(execution, transition, CaseVariables.actor(execution));
    } catch (InvalidOutcomeException e) {
      throw new NotValidException(e.field() + ": " + e.getMessage());
    }
  }

  private static Outcome outcome(DelegateExecution execution) {
    String value = CaseVariables.string(execution, OUTCOME);
    return Arrays.stream(Outcome.values())
        .filter(outcome -> outcome.name().equals(value))
        .findFirst()
        .orElseThrow(() -> new NotValidException(
            OUTCOME + ": '" + value + "' is not one of " + Arrays.toString(Outcome.values())));
  }
}
