package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.ExpertGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The agent asked an expert group: the question goes to the group, and the level's task comes
 * back to the agent. Runs in the task's completion transaction, so a question without its group
 * or text refuses the completion.
 */
@Component("askExpert")
class AskExpertDelegate implements JavaDelegate {

    private final CaseConsults consults;
    private final CaseTransitions transitions;

    AskExpertDelegate(CaseConsults consults, CaseTransitions transitions) {
        this.consults = consults;
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actor = VariableReads.actor(execution);
        refusing(() -> consults.ask(
                execution,
                VariableReads.optional(execution, EXPERT_GROUP, ExpertGroup.class),
                VariableReads.string(execution, QUESTION),
                actor));
        execution.removeVariable(EXPERT_GROUP);
        execution.removeVariable(QUESTION);
        transitions.keepWithAgent(execution, actor);
    }
}
