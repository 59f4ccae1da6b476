package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import io.escalationdesk.policy.Transition;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Instant;
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
  private final SlaClock slaClock;
  private final Clock clock;

  CaseTransitions(CaseTimeline timeline, CaseRecords records, SlaClock slaClock, Clock clock) {
    this.timeline = timeline;
    this.records = records;
    this.slaClock = slaClock;
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
    consumeOutcome(execution);
    Instant now = clock.instant();
    if (transition.to() == Level.CLOSED) {
      execution.removeVariable(SLA_DUE_AT);
    } else {
      slaClock.start(execution, transition.to(), now);
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

  /**
   * An event that keeps the case at its level, numbered like a transition so the customer's
   * message about it has its own key.
   */
  void recordInPlace(DelegateExecution execution, CaseEvent event, String actor, String reason) {
    execution.setVariable(LAST_EVENT, event.name());
    execution.setVariable(TRANSITION, nextTransitionNumber(execution));
    consumeOutcome(execution);
    note(execution, event, actor, reason);
  }

  /** A status update at the case's level that moves nothing and tells the customer nothing. */
  void note(DelegateExecution execution, CaseEvent event, String actor, String reason) {
    Level level = CaseVariables.level(execution);
    timeline.record(new StatusUpdate(execution.getProcessBusinessKey(), clock.instant(), actor,
        event, level, level, reason, execution.getProcessInstanceId()));
  }

  /** An outcome is consumed once; the next task must state its own. */
  private static void consumeOutcome(DelegateExecution execution) {
    execution.setVariable(OUTCOME, null);
    execution.removeVariable(REASON);
    execution.removeVariable(RESOLUTION_CODE);
  }

  private static int nextTransitionNumber(DelegateExecution execution) {
    Object current = execution.getVariable(TRANSITION);
    return current == null ? 1 : (Integer) current + 1;
  }
}
