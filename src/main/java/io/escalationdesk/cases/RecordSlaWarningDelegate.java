package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_TARGET;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.SlaCalendars;
import io.escalationdesk.policy.SlaDurations;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The warning before a breach: the case keeps its level and its task; the timeline says how
 * much business time is left. "Notify supervisor" follows.
 */
@Component("recordSlaWarning")
class RecordSlaWarningDelegate implements JavaDelegate {

  private final CaseTransitions transitions;
  private final SlaClock slaClock;
  private final SlaCalendars calendars;
  private final Clock clock;

  RecordSlaWarningDelegate(
      CaseTransitions transitions, SlaClock slaClock, SlaCalendars calendars, Clock clock) {
    this.transitions = transitions;
    this.slaClock = slaClock;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    Instant now = clock.instant();
    Instant due = slaClock.dueAt(execution);
    var calendar = slaClock.calendarOf(execution);
    String reason = "%d%% of the %s SLA of %s used; %s of business time left until %s".formatted(
        Math.round(calendars.warningShare() * 100), level,
        CaseVariables.string(execution, SLA_TARGET),
        SlaDurations.words(calendar.between(now, due)),
        slaClock.localTime(execution, due));
    transitions.note(execution, CaseEvent.SLA_WARNING, CaseVariables.SYSTEM_ACTOR, reason);
  }
}
