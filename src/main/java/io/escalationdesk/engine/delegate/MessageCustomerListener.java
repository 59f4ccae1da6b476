package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.MESSAGE_TO_CUSTOMER;

import io.escalationdesk.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What an agent wrote to the customer in the task form ("Message to the customer") goes out with
 * the completion, on the customer's channel, in the case's thread; a message that breaks a rule
 * refuses the completion. It is not kept as a process variable: the timeline and the outbox have
 * it.
 */
@Component("messageCustomer")
class MessageCustomerListener implements TaskListener {

    private final Notifications notifications;

    MessageCustomerListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String text = VariableReads.string(task, MESSAGE_TO_CUSTOMER);
        task.getExecution().removeVariable(MESSAGE_TO_CUSTOMER);
        if (text == null || text.isBlank()) {
            return;
        }
        refusing(
                () -> {
                    notifications.messageCustomer(
                            task.getExecution().getProcessBusinessKey(),
                            text,
                            VariableReads.actor(task.getExecution()));
                    return null;
                },
                refusal -> MESSAGE_TO_CUSTOMER + ": " + refusal.errors().get(0).message());
    }
}
