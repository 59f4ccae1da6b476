package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.ExpertConsultProcess.Variables.*;

import io.escalationdesk.consult.Consults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The expert's answer: on the case's timeline and in the asking agent's form. */
@Component("recordConsultAnswer")
class RecordConsultAnswerDelegate implements JavaDelegate {

    private final Consults consults;
    private final CaseConsults caseConsults;

    RecordConsultAnswerDelegate(Consults consults, CaseConsults caseConsults) {
        this.consults = consults;
        this.caseConsults = caseConsults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        refusing(() -> consults.answered(
                consultId(execution), VariableReads.string(execution, ANSWER), VariableReads.actor(execution)));
        caseConsults.showInCase(execution.getProcessBusinessKey());
    }

    static long consultId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CONSULT_ID)).longValue();
    }
}
