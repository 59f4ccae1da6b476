package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.CUSTOMER_MESSAGES;

import io.escalationdesk.conversation.CustomerMessages;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer wrote while an agent works the case: the open tasks' forms show the message the
 * next time the agent opens them. The message itself is on the timeline already.
 */
@Component("showCustomerMessage")
class ShowCustomerMessageDelegate implements JavaDelegate {

    private final CustomerMessages messages;
    private final TaskService tasks;

    ShowCustomerMessageDelegate(CustomerMessages messages, TaskService tasks) {
        this.messages = messages;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String latest = messages.latestFor(execution.getProcessBusinessKey());
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .list()
                .forEach(task -> tasks.setVariableLocal(task.getId(), CUSTOMER_MESSAGES, latest));
    }
}
