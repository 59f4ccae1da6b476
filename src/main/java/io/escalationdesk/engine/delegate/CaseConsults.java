package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.ExpertConsultProcess.Variables.*;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.consult.Consults;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.sla.SlaCalendars;
import io.escalationdesk.system.Labels;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A case's questions to experts in the engine: each one an {@code ExpertConsult} instance keyed
 * by the case number, whose outcome reaches the case's task form through the variable
 * {@code consultAnswers} of the case's process.
 */
@Component
class CaseConsults {

    private final Consults consults;
    private final CaseRecords records;
    private final RuntimeService runtime;
    private final SlaCalendars calendars;
    private final Labels labels;
    private final RunningCaseVariables runningCase;

    CaseConsults(
            Consults consults,
            CaseRecords records,
            RuntimeService runtime,
            SlaCalendars calendars,
            Labels labels,
            RunningCaseVariables runningCase) {
        this.consults = consults;
        this.records = records;
        this.runtime = runtime;
        this.calendars = calendars;
        this.labels = labels;
        this.runningCase = runningCase;
    }

    /** The agent asks from the case's process; the question's own process starts beside it. */
    void ask(DelegateExecution caseExecution, ExpertGroup group, String question, String askedBy) {
        String caseNumber = caseExecution.getProcessBusinessKey();
        Level level = VariableReads.level(caseExecution);
        long id = consults.ask(caseNumber, level, group, question, askedBy);
        CaseRecord record = records.find(caseNumber).orElseThrow();
        Duration target = VariableReads.duration(caseExecution, CustomerEscalationProcess.Variables.CONSULT_SLA);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CONSULT_ID, id);
        variables.put(EXPERT_GROUP, group.candidateGroup());
        variables.put(CASE_NUMBER, caseNumber);
        variables.put(ASKED_BY, askedBy + " (" + labels.of(level) + ")");
        variables.put(CUSTOMER_NAME, record.customerName());
        variables.put(CONCERN, consults.concern(record));
        variables.put(DESCRIPTION, record.description());
        variables.put(QUESTION, question.strip());
        variables.put(
                SLA_CALENDAR, VariableReads.string(caseExecution, CustomerEscalationProcess.Variables.SLA_CALENDAR));
        variables.put(CONSULT_SLA, target.toString());
        variables.put(
                CONSULT_WARNING_AFTER,
                Duration.ofSeconds(Math.round(target.toSeconds() * calendars.warningShare()))
                        .toString());
        runtime.startProcessInstanceByMessage(ExpertConsultProcess.MESSAGE_EXPERT_ASKED, caseNumber, variables);
        caseExecution.setVariable(CustomerEscalationProcess.Variables.CONSULT_ANSWERS, consults.summaryOf(caseNumber));
    }

    /** An answer or a time-out: the asking agent's form shows it from now on. */
    void showInCase(String caseNumber) {
        runningCase.set(
                caseNumber, CustomerEscalationProcess.Variables.CONSULT_ANSWERS, consults.summaryOf(caseNumber));
    }

    /** The case closed: its open questions are withdrawn. */
    void withdrawOpen(String caseNumber) {
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(ExpertConsultProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber)
                .list()
                .forEach(instance -> {
                    consults.cancelled(((Number) runtime.getVariable(instance.getId(), CONSULT_ID)).longValue());
                    runtime.deleteProcessInstance(instance.getId(), "The case closed");
                });
    }
}
