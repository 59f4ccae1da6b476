package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.SLA_DUE_AT;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.SUPERVISOR_EVENT;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.TRANSITION;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues an email to the supervisor of the group that has the case: the SLA warning, or a missed
 * first response. The diagram says which, in the step's input {@code supervisorEvent}.
 */
@Component("notifySupervisor")
class NotifySupervisorDelegate implements JavaDelegate {

    private final Notifications notifications;

    NotifySupervisorDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notifySupervisor(
                execution.getProcessBusinessKey(),
                (Integer) execution.getVariable(TRANSITION),
                VariableReads.required(execution, SUPERVISOR_EVENT, CaseEvent.class),
                VariableReads.level(execution),
                VariableReads.instant(execution, SLA_DUE_AT));
    }
}
