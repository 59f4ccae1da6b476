package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.ExpertConsultProcess.Variables.CONSULT_SLA;

import io.escalationdesk.consult.Consults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The expert group did not answer within the consult SLA: the agent is told, the question ends. */
@Component("closeUnansweredQuestion")
class CloseUnansweredQuestionDelegate implements JavaDelegate {

    private final Consults consults;
    private final CaseConsults caseConsults;

    CloseUnansweredQuestionDelegate(Consults consults, CaseConsults caseConsults) {
        this.consults = consults;
        this.caseConsults = caseConsults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consults.timedOut(
                RecordConsultAnswerDelegate.consultId(execution), VariableReads.duration(execution, CONSULT_SLA));
        caseConsults.showInCase(execution.getProcessBusinessKey());
    }
}
