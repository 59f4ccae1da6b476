package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.Level;
import io.escalationdesk.policy.Transition;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves a running case: the variables the gateways and the notification read, and the status
 * update on the timeline, in the engine's transaction.
 */
@Component
class CaseTransitions {

  private final CaseTimeline timeline;
  private final CaseRecords records;
  private final Clock clock;

  CaseTransitions(CaseTimeline timeline, CaseRecords records, Clock clock) {
    this.timeline = timeline;
    this.records = records;
    this.clock = clock;
  }

  void apply(DelegateExecution execution, Transition transition, String actor) {
    execution.setVariable(LEVEL, transition.to().name());
    execution.setVariable(LAST_EVENT, transition.event().name());
    execution.setVariable(TRANSITION, nextTransitionNumber(execution));
    if (transition.handOffLevel() == null) {
      execution.removeVariable(HAND_OFF_LEVEL);
    } else {
      execution.setVariable(HAND_OFF_LEVEL, transition.handOffLevel().name());
    }
    // An outcome is consumed once; the next task must state its own.
    execution.removeVariable(OUTCOME);
    execution.removeVariable(REASON);
    execution.removeVariable(RESOLUTION_CODE);
    Instant now = clock.instant();
    if (transition.to() == Level.CLOSED) {
      execution.removeVariable(SLA_DUE_AT);
    } else {
      execution.setVariable(SLA_DUE_AT,
          Date.from(now.plus(CaseVariables.slaOf(execution, transition.to()))));
    }
    records.moveTo(execution.getProcessBusinessKey(), transition.to(), now);
    timeline.record(new StatusUpdate(
        execution.getProcessBusinessKey(),
        now,
        actor,
        transition.event(),
        transition.from(),
        transition.to(),
        transition.reason(),
        execution.getProcessInstanceId()));
  }

  private static int nextTransitionNumber(DelegateExecution execution) {
    Object current = execution.getVariable(TRANSITION);
    return current == null ? 1 : (Integer) current + 1;
  }
}
