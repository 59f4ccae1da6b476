package io.escalationdesk.engine.delegate;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Sets a variable on a case's running process from outside it: what a question's or a goodwill
 * request's own process reports back into the case's task form.
 */
@Component
class RunningCaseVariables {

    private final RuntimeService runtime;

    RunningCaseVariables(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Nothing when the case's process has ended. */
    void set(String caseNumber, String name, Object value) {
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber)
                .active()
                .list()
                .forEach(instance -> runtime.setVariable(instance.getId(), name, value));
    }
}
