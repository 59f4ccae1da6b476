package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.Level;
import io.escalationdesk.policy.SlaCalendar;
import io.escalationdesk.policy.SlaCalendars;
import io.escalationdesk.policy.Transition;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Duration;
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
  private final SlaCalendars calendars;
  private final Clock clock;

  CaseTransitions(
      CaseTimeline timeline, CaseRecords records, SlaCalendars calendars, Clock clock) {
    this.timeline = timeline;
    this.records = records;
    this.calendars = calendars;
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
      startSlaClock(execution, transition.to(), now);
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
   * The targets of the level the case moved to, in business time of the case's calendar: the
   * timers of "Work on the case" read them, the customer and the agents see the due time.
   */
  private void startSlaClock(DelegateExecution execution, Level level, Instant now) {
    if (execution.getVariable(SLA_CALENDAR) == null) {
      // a case placed at a level without the policy (an operator's start-before) runs 24/7
      execution.setVariable(SLA_CALENDAR, SlaCalendar.ALWAYS_NAME);
    }
    SlaCalendar calendar = calendars.named(CaseVariables.string(execution, SLA_CALENDAR));
    Duration target = CaseVariables.slaOf(execution, level);
    execution.setVariable(SLA_TARGET, target.toString());
    execution.setVariable(SLA_WARNING_AFTER,
        Duration.ofSeconds(Math.round(target.toSeconds() * calendars.warningShare())).toString());
    execution.setVariable(SLA_DUE_AT, Date.from(calendar.plus(now, target)));
  }

  private static int nextTransitionNumber(DelegateExecution execution) {
    Object current = execution.getVariable(TRANSITION);
    return current == null ? 1 : (Integer) current + 1;
  }
}
