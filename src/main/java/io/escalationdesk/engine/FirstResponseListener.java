package io.escalationdesk.engine;

import static io.escalationdesk.engine.CustomerEscalationProcess.Variables.FIRST_RESPONSE_AT;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The first agent action on a level's task, claiming or completing it, meets the first response
 * target; later actions change nothing.
 */
@Component("firstResponse")
class FirstResponseListener implements TaskListener {

  private final Clock clock;

  FirstResponseListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution().getVariable(FIRST_RESPONSE_AT) == null) {
      task.getExecution().setVariable(FIRST_RESPONSE_AT, Date.from(clock.instant()));
    }
  }
}
