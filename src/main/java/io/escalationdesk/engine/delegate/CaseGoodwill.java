package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.GoodwillApprovalProcess.Variables.*;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.goodwill.Goodwill;
import io.escalationdesk.goodwill.GoodwillRequest;
import io.escalationdesk.system.Labels;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A case's goodwill in the engine: each request a {@code GoodwillApproval} instance keyed by the
 * case number, whose steps reach the agent's task form through the case's variable
 * {@code goodwillDecisions}.
 */
@Component
class CaseGoodwill {

    private final Goodwill goodwill;
    private final CaseRecords records;
    private final RuntimeService runtime;
    private final Labels labels;
    private final RunningCaseVariables runningCase;

    CaseGoodwill(
            Goodwill goodwill,
            CaseRecords records,
            RuntimeService runtime,
            Labels labels,
            RunningCaseVariables runningCase) {
        this.goodwill = goodwill;
        this.records = records;
        this.runtime = runtime;
        this.labels = labels;
        this.runningCase = runningCase;
    }

    void request(DelegateExecution caseExecution, GoodwillRequest request, String requestedBy) {
        String caseNumber = caseExecution.getProcessBusinessKey();
        Level level = VariableReads.level(caseExecution);
        Goodwill.Routing routing = goodwill.request(caseNumber, level, request, requestedBy);
        GoodwillRequest stored = routing.request();
        CaseRecord record = records.find(caseNumber).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(GOODWILL_ID, routing.id());
        variables.put(WITHIN_LIMIT, routing.withinLimit());
        variables.put(
                APPROVER_GROUP,
                routing.approver() == null ? null : routing.approver().candidateGroup());
        variables.put(CASE_NUMBER, caseNumber);
        variables.put(REQUESTED_BY, requestedBy + " (" + labels.of(level) + ")");
        variables.put(CUSTOMER_NAME, record.customerName());
        variables.put(CONCERN, goodwill.concern(record));
        variables.put(GOODWILL, goodwill.words(stored));
        variables.put(GOODWILL_REASON, stored.reason());
        runtime.startProcessInstanceByMessage(
                GoodwillApprovalProcess.MESSAGE_GOODWILL_REQUESTED, caseNumber, variables);
        caseExecution.setVariable(
                CustomerEscalationProcess.Variables.GOODWILL_DECISIONS, goodwill.summaryOf(caseNumber));
    }

    /** An approval, a rejection or a booking: the agent's form shows it from now on. */
    void showInCase(String caseNumber) {
        runningCase.set(
                caseNumber, CustomerEscalationProcess.Variables.GOODWILL_DECISIONS, goodwill.summaryOf(caseNumber));
    }

    static long goodwillId(DelegateExecution execution) {
        return ((Number) execution.getVariable(GOODWILL_ID)).longValue();
    }
}
