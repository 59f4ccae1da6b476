package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.engine.read.CaseNow;
import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Gives a new task what its form (forms/CaseOutcome.form, CallCustomerBack.form) shows: the case
 * number, the customer (contact, segment, language) and their words from the case record, the
 * labels of the case's codes, whether the case was escalated, the SLA due time, the latest
 * status updates, the customer's latest messages and the outcomes allowed at this level; a task
 * that comes back to the agent who asked an expert or the customer is theirs at once. Task-local,
 * so they end with the task and never reach the policy or the gateways; {@code FormContextHistory} keeps these copies
 * out of history. The form shows the customer's own words only in read-only fields, never as
 * markup.
 */
@Component("caseContext")
class CaseContextListener implements TaskListener {

    private final CaseRecords records;
    private final CaseNow now;
    private final Labels labels;
    private final ObjectMapper json;

    CaseContextListener(CaseRecords records, CaseNow now, Labels labels, ObjectMapper json) {
        this.records = records;
        this.now = now;
        this.labels = labels;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        String keptBy = VariableReads.string(task, KEPT_BY);
        if (keptBy != null) {
            // the agent asked an expert or the customer and keeps the case
            task.removeVariable(KEPT_BY);
            task.setAssignee(keptBy);
        }
        task.setVariableLocal(CASE_NUMBER, caseNumber);
        Map<String, Object> caseLabels = caseLabels(task);
        // a case at Tier 1 was raised, not escalated: the form words its trigger so
        caseLabels.put(ESCALATED, VariableReads.level(task) != Level.TIER1);
        records.find(caseNumber).ifPresent(record -> {
            task.setVariableLocal(CUSTOMER_ID, record.customerId());
            task.setVariableLocal(CUSTOMER_NAME, record.customerName());
            task.setVariableLocal(CUSTOMER_PHONE, record.customerPhone());
            task.setVariableLocal(CUSTOMER_EMAIL, record.customerEmail());
            task.setVariableLocal(DESCRIPTION, record.description());
            caseLabels.put(VIP, record.customerSegment() == CustomerSegment.VIP);
            caseLabels.put(CUSTOMER_SEGMENT, labels.of(record.customerSegment()));
            caseLabels.put(CUSTOMER_LANGUAGE, labels.of(record.language()));
        });
        task.setVariableLocal(SLA_DUE, now.slaDue(VariableReads.instant(task, SLA_DUE_AT)));
        task.setVariableLocal(LATEST_UPDATES, now.latestUpdates(caseNumber));
        task.setVariableLocal(CUSTOMER_MESSAGES, now.customerMessages(caseNumber));
        task.setVariableLocal(
                CASE_LABELS, SpinValues.jsonValue(asJson(caseLabels)).create());
        task.setVariableLocal(
                OUTCOME_OPTIONS,
                SpinValues.jsonValue(asJson(outcomeOptions(task))).create());
    }

    /**
     * {@code {"category": "Billing", ...}} for the codes the case has; with the customer's
     * segment, language and VIP flag, and whether the case was escalated, one value for the form.
     */
    private Map<String, Object> caseLabels(DelegateTask task) {
        Map<String, Enum<?>> codes = new LinkedHashMap<>();
        codes.put(CHANNEL, VariableReads.optional(task, CHANNEL, Channel.class));
        codes.put(CATEGORY, VariableReads.optional(task, CATEGORY, Category.class));
        codes.put(PRIORITY, VariableReads.optional(task, PRIORITY, Priority.class));
        codes.put(TRIGGER, VariableReads.optional(task, TRIGGER, Trigger.class));
        codes.put(DEPARTMENT, VariableReads.department(task));
        Map<String, Object> caseLabels = new LinkedHashMap<>();
        codes.forEach((name, code) -> {
            if (code != null) {
                caseLabels.put(name, labels.of(code));
            }
        });
        return caseLabels;
    }

    private List<Map<String, String>> outcomeOptions(DelegateTask task) {
        return EscalationLadder.outcomesAt(VariableReads.level(task), VariableReads.department(task)).stream()
                .map(outcome -> Map.of("label", labels.of(outcome), "value", outcome.name()))
                .toList();
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Task form data cannot be written as JSON", e);
        }
    }
}
