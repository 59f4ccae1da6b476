package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.policy.Department;
import io.escalationdesk.policy.InvalidOutcomeException;
import io.escalationdesk.policy.Outcome;
import io.escalationdesk.policy.ResolutionCode;
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
      Outcome outcome = outcome(execution);
      String reason = CaseVariables.string(execution, REASON);
      var transition = CaseRouting.afterOutcome(
          CaseVariables.level(execution),
          outcome,
          outcome == Outcome.RESOLVED ? resolution(execution, reason) : reason,
          Department.valueOf(CaseVariables.string(execution, DEPARTMENT)),
          CaseVariables.handOffLevel(execution));
      transitions.apply(execution, transition, CaseVariables.actor(execution));
    } catch (InvalidOutcomeException e) {
      throw new NotValidException(e.field() + ": " + e.getMessage());
    }
  }

  /** The timeline's reason for a resolution: its code, and the agent's note if any. */
  private static String resolution(DelegateExecution execution, String note) {
    ResolutionCode code = oneOf(execution, RESOLUTION_CODE, ResolutionCode.values());
    return note == null || note.isBlank() ? code.name() : code + ": " + note;
  }

  private static Outcome outcome(DelegateExecution execution) {
    return oneOf(execution, OUTCOME, Outcome.values());
  }

  private static <E extends Enum<E>> E oneOf(
      DelegateExecution execution, String name, E[] allowed) {
    String value = CaseVariables.string(execution, name);
    return Arrays.stream(allowed)
        .filter(candidate -> candidate.name().equals(value))
        .findFirst()
        .orElseThrow(() -> new NotValidException(
            name + ": '" + value + "' is not one of " + Arrays.toString(allowed)));
  }
}
