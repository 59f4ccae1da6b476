package io.escalationdesk.notification;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SLA_DUE_AT;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.SUPERVISOR_EVENT;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.TRANSITION;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import io.escalationdesk.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues an email to the supervisor of the group that has the case, at the address configured
 * for that group: the SLA warning, or a missed first response. The diagram says which, in the
 * step's input {@code supervisorEvent}; each is sent once per level the case reaches.
 */
@Component("notifySupervisor")
class NotifySupervisorDelegate implements JavaDelegate {

  private final NotificationOutbox outbox;
  private final NotificationProperties properties;

  NotifySupervisorDelegate(NotificationOutbox outbox, NotificationProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Level level = CaseVariables.level(execution);
    String group = level.candidateGroup();
    outbox.enqueue(new Notification(
        execution.getProcessBusinessKey(),
        (Integer) execution.getVariable(TRANSITION),
        ContactChannel.EMAIL,
        CaseEvent.valueOf(CaseVariables.string(execution, SUPERVISOR_EVENT)),
        level,
        group,
        CaseVariables.instant(execution, SLA_DUE_AT),
        properties.contact(),
        properties.supervisorOf(group),
        null,
        Audience.SUPERVISOR));
  }
}
