package io.escalationdesk.cases;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.SlaDurations;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer replied: the SLA clock runs on and the level's task comes back. */
@Component("resumeSlaClock")
class ResumeSlaClockDelegate implements JavaDelegate {

  private final SlaClock slaClock;
  private final CaseTransitions transitions;

  ResumeSlaClockDelegate(SlaClock slaClock, CaseTransitions transitions) {
    this.slaClock = slaClock;
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var paused = slaClock.resume(execution);
    transitions.recordInPlace(execution, CaseEvent.SLA_RESUMED, CaseVariables.actor(execution),
        "The customer replied; SLA clock resumed after " + SlaDurations.words(paused)
            + " of business time paused; due " + slaClock.localTime(execution, slaClock.dueAt(execution)));
  }
}
