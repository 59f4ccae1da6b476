package io.escalationdesk.engine;

import static io.escalationdesk.engine.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.InvalidOutcomeException;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.timeline.Timeline;
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
  private final Timeline timeline;

  RecordOutcomeDelegate(CaseTransitions transitions, Timeline timeline) {
    this.transitions = transitions;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = CaseVariables.required(execution, OUTCOME, Outcome.class);
    ResolutionCode resolution = outcome == Outcome.RESOLVED
        ? CaseVariables.required(execution, RESOLUTION_CODE, ResolutionCode.class) : null;
    String note = CaseVariables.string(execution, REASON);
    Transition transition;
    try {
      transition = EscalationLadder.afterOutcome(CaseVariables.level(execution), outcome, note,
          CaseVariables.department(execution), CaseVariables.handOffLevel(execution));
    } catch (InvalidOutcomeException e) {
      throw new NotValidException(e.field() + ": " + e.getMessage());
    }
    transitions.apply(execution, transition);
    timeline.decided(CaseVariables.ref(execution), transition, CaseVariables.actor(execution),
        outcome, resolution, note);
  }
}
