package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.MESSAGE_TO_CUSTOMER;

import io.escalationdesk.notification.Notifications;
import io.escalationdesk.system.InvalidFieldException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
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
        try {
            notifications.messageCustomer(
                    task.getExecution().getProcessBusinessKey(), text, VariableReads.actor(task.getExecution()));
        } catch (InvalidFieldException e) {
            throw new NotValidException(
                    MESSAGE_TO_CUSTOMER + ": " + e.errors().get(0).message());
        }
    }
}
