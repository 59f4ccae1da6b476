package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.FOLLOW_UP_OF;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.NEW_CASE;

import io.escalationdesk.intake.CaseOpening;
import io.escalationdesk.intake.NewCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the case a new escalation brings. The case API hands over its request as a transient
 * variable; Tasklist's start form and the engine's REST API bring process variables. Either way
 * the same service checks, numbers and records it; a case that breaks a rule starts nothing, and
 * the refusal names each field by its label on the start form, as Tasklist shows it
 * ({@code EngineRestProblems} answers it 400 without Camunda's wording around it).
 */
@Component("openCase")
class OpenCaseDelegate implements JavaDelegate {

    private final CaseOpening opening;
    private final StartFormLabels labels;

    OpenCaseDelegate(CaseOpening opening, StartFormLabels labels) {
        this.opening = opening;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NewCase newCase = execution.getVariable(NEW_CASE) instanceof NewCase request
                ? request
                : VariableReads.newCaseOf(execution);
        String caseNumber = refusing(
                () -> opening.open(
                        execution.getProcessBusinessKey(),
                        newCase,
                        VariableReads.string(execution, FOLLOW_UP_OF),
                        execution.getProcessInstanceId(),
                        VariableReads.caller(execution)),
                refusal -> NewCase.readable(refusal.errors(), labels::of));
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariables(VariableReads.routingVariablesOf(newCase));
    }
}
