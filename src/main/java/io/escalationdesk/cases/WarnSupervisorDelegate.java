package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_CALENDAR;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_DUE_AT;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_TARGET;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.SlaCalendars;
import io.escalationdesk.policy.SlaDurations;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The warning before a breach: the case keeps its level and its task; the timeline says how
 * much business time is left.
 */
@Component("warnSupervisor")
class WarnSupervisorDelegate implements JavaDelegate {

  private static final DateTimeFormatter DUE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV");

  private final CaseTimeline timeline;
  private final SlaCalendars calendars;
  private final Clock clock;

  WarnSupervisorDelegate(CaseTimeline timeline, SlaCalendars calendars, Clock clock) {
    this.timeline = timeline;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    Instant now = clock.instant();
    Instant due = ((Date) execution.getVariable(SLA_DUE_AT)).toInstant();
    var calendar = calendars.named(CaseVariables.string(execution, SLA_CALENDAR));
    String reason = "%d%% of the %s SLA of %s used; %s of business time left until %s".formatted(
        Math.round(calendars.warningShare() * 100), level,
        CaseVariables.string(execution, SLA_TARGET),
        SlaDurations.words(calendar.between(now, due)),
        DUE_TIME.format(due.atZone(calendar.zone())));
    timeline.record(new StatusUpdate(execution.getProcessBusinessKey(), now,
        CaseVariables.SYSTEM_ACTOR, CaseEvent.SLA_WARNING, level, level, reason,
        execution.getProcessInstanceId()));
  }
}
