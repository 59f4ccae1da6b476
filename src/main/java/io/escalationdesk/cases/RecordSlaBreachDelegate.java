package io.escalationdesk.cases;

import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a missed SLA, how late in business time, and escalates the case as the system. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

  private final CaseTransitions transitions;
  private final SlaClock slaClock;
  private final Clock clock;

  RecordSlaBreachDelegate(CaseTransitions transitions, SlaClock slaClock, Clock clock) {
    this.transitions = transitions;
    this.slaClock = slaClock;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    var lateBy = slaClock.calendarOf(execution).between(slaClock.dueAt(execution), clock.instant());
    var transition = CaseRouting.afterSlaBreach(level, CaseVariables.handOffLevel(execution),
        CaseVariables.slaOf(execution, level), lateBy);
    transitions.apply(execution, transition, CaseVariables.SYSTEM_ACTOR);
  }
}
