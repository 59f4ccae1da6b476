package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.notification.Notifications;
import io.escalationdesk.sla.SlaCalendars;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the customer's message about the latest transition. After a move of the case it runs as
 * its own job (asyncBefore), so a failure retries this step alone and ends as an incident, never
 * losing the transition. Asking the customer for information and reminding them queue in the
 * transaction that pauses the clock or fires the reminder, so the case waits for the reply from
 * the same moment.
 */
@Component("notifyCustomer")
class NotifyCustomerDelegate implements JavaDelegate {

    private final Notifications notifications;
    private final SlaCalendars calendars;

    NotifyCustomerDelegate(Notifications notifications, SlaCalendars calendars) {
        this.notifications = notifications;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseEvent event = VariableReads.required(execution, LAST_EVENT, CaseEvent.class);
        notifications.notifyCustomer(
                execution.getProcessBusinessKey(),
                (Integer) execution.getVariable(TRANSITION),
                event,
                VariableReads.level(execution),
                // while we wait for the customer, their reply deadline; otherwise our answer time
                VariableReads.instant(execution, event.quotesReplyDeadline() ? REPLY_DUE_AT : SLA_DUE_AT),
                agentWordsOn(execution, event),
                Optional.ofNullable(VariableReads.string(execution, SLA_CALENDAR))
                        .flatMap(calendar -> calendars.named(calendar).hoursZone())
                        .orElse(null));
    }

    /**
     * While we wait for the customer, what we wait for: the agent's question itself; once resolved,
     * what was done.
     */
    private static String agentWordsOn(DelegateExecution execution, CaseEvent event) {
        if (event == CaseEvent.RESOLVED) {
            return VariableReads.string(execution, RESOLUTION_SUMMARY);
        }
        return event.quotesReplyDeadline() ? VariableReads.string(execution, INFORMATION_NEEDED) : null;
    }
}
