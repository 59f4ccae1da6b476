package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_CALENDAR;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_DUE_AT;

import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.policy.SlaCalendars;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a missed SLA, how late in business time, and escalates the case as the system. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

  private final CaseTransitions transitions;
  private final SlaCalendars calendars;
  private final Clock clock;

  RecordSlaBreachDelegate(CaseTransitions transitions, SlaCalendars calendars, Clock clock) {
    this.transitions = transitions;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    var due = ((Date) execution.getVariable(SLA_DUE_AT)).toInstant();
    var lateBy = calendars.named(CaseVariables.string(execution, SLA_CALENDAR))
        .between(due, clock.instant());
    var transition = CaseRouting.afterSlaBreach(level, CaseVariables.handOffLevel(execution),
        CaseVariables.slaOf(execution, level), lateBy);
    transitions.apply(execution, transition, CaseVariables.SYSTEM_ACTOR);
  }
}
