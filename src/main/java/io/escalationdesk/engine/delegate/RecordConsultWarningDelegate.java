package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.ExpertConsultProcess.Variables.CONSULT_SLA;
import static io.escalationdesk.engine.process.ExpertConsultProcess.Variables.CONSULT_WARNING_AFTER;

import io.escalationdesk.consult.Consults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A share of the consult SLA has passed without an answer: the case's timeline says so. */
@Component("recordConsultWarning")
class RecordConsultWarningDelegate implements JavaDelegate {

    private final Consults consults;

    RecordConsultWarningDelegate(Consults consults) {
        this.consults = consults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consults.warned(
                RecordConsultAnswerDelegate.consultId(execution),
                VariableReads.duration(execution, CONSULT_SLA)
                        .minus(VariableReads.duration(execution, CONSULT_WARNING_AFTER)));
    }
}
