package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_DUE_AT;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_TARGET;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nobody took the case in time: the timeline says so; the resolution target still runs. */
@Component("recordMissedFirstResponse")
class RecordMissedFirstResponseDelegate implements JavaDelegate {

  private final CaseTimeline timeline;
  private final SlaClock slaClock;
  private final Clock clock;

  RecordMissedFirstResponseDelegate(CaseTimeline timeline, SlaClock slaClock, Clock clock) {
    this.timeline = timeline;
    this.slaClock = slaClock;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var level = CaseVariables.level(execution);
    var due = ((Date) execution.getVariable(FIRST_RESPONSE_DUE_AT)).toInstant();
    timeline.record(new StatusUpdate(execution.getProcessBusinessKey(), clock.instant(),
        CaseVariables.SYSTEM_ACTOR, CaseEvent.FIRST_RESPONSE_MISSED, level, level,
        "No agent took the " + level + " task within the first response target of "
            + CaseVariables.string(execution, FIRST_RESPONSE_TARGET) + " (due "
            + slaClock.localTime(execution, due) + ")",
        execution.getProcessInstanceId()));
  }
}
