package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a case of CustomerEscalation.bpmn carries and leaves behind: the task form's copy of the
 * case, the history without that copy, and the facts the KPIs count.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationRecordsProcessTest extends CustomerEscalationProcessTestSupport {

    @Test
    void eachTaskCarriesTheCaseContextItsFormShows() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        Map<String, Object> form = taskService().getVariablesLocal(task().getId());
        Assertions.assertThat(form).containsEntry(CASE_NUMBER, escalation.getBusinessKey());
        Date due = (Date) runtime.getVariable(escalation.getId(), SLA_DUE_AT);
        Assertions.assertThat(form.get(SLA_DUE))
                .isEqualTo(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH)
                        .withZone(ZoneId.of("Europe/Berlin"))
                        .format(due.toInstant()));
        Assertions.assertThat((String) form.get(LATEST_UPDATES))
                .contains(
                        " — Routed by system: Escalation policy: Tier 1 first (Rule_DelayedCase)",
                        " — Opened by system: Escalated via Phone: Resolution delayed");
        Assertions.assertThat(form.get(CASE_LABELS).toString())
                .isEqualTo("{\"channel\":\"Phone\",\"category\":\"General\",\"priority\":\"Normal\","
                        + "\"trigger\":\"Resolution delayed\",\"department\":\"None\","
                        + "\"escalated\":false,\"vip\":false,\"customerSegment\":\"Standard\","
                        + "\"customerLanguage\":\"English\"}");
        Assertions.assertThat(form.get(OUTCOME_OPTIONS).toString())
                .contains("\"value\":\"RESOLVED\"", "\"value\":\"ESCALATE\"")
                .doesNotContain("RETURN");
    }

    @Test
    void anEscalatedVipsFormMarksTheVipAndSaysTheCaseWasEscalated() {
        // the policy sends a delayed VIP case straight to Tier 2
        ProcessInstance escalation = start(caseData(CUSTOMER_SEGMENT, "VIP", CUSTOMER_LANGUAGE, "DE"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);

        Map<String, Object> form = taskService().getVariablesLocal(task().getId());
        Assertions.assertThat(form.get(CASE_LABELS).toString())
                .contains("\"escalated\":true,\"vip\":true,\"customerSegment\":\"VIP\","
                        + "\"customerLanguage\":\"German\"");
        Assertions.assertThat(form)
                .containsEntry(CUSTOMER_PHONE, "+4915112345678")
                .containsEntry(CUSTOMER_EMAIL, "jane.doe@example.com");
    }

    @Test
    void historyKeepsWhatHappenedToTheCaseButNotTheFormsCopyOfIt() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        completeAs(
                "tier1-agent",
                Map.of(
                        OUTCOME,
                        "RESOLVED",
                        REASON,
                        "Explained",
                        RESOLUTION_CODE,
                        "ANSWERED",
                        RESOLUTION_SUMMARY,
                        "We explained it",
                        CUSTOMER_NAME,
                        "Submitted back by the form"));

        var history = engine.getHistoryService();
        Assertions.assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(escalation.getId())
                        .includeDeleted()
                        .list())
                .extracting(variable -> variable.getName())
                .contains(OUTCOME, REASON, RESOLUTION_CODE, LEVEL, SLA_DUE_AT, CATEGORY)
                .doesNotContain(CASE_NUMBER, SLA_DUE, LATEST_UPDATES, CASE_LABELS, OUTCOME_OPTIONS);
        Assertions.assertThat(history.createHistoricDetailQuery()
                        .variableUpdates()
                        .processInstanceId(escalation.getId())
                        .list())
                .allSatisfy(detail -> Assertions.assertThat(detail.getTaskId()).isNull());
        Assertions.assertThat(history.createHistoricDetailQuery()
                        .variableUpdates()
                        .processInstanceId(escalation.getId())
                        .list())
                .extracting(
                        detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
                .contains(OUTCOME, REASON, CUSTOMER_NAME);
    }

    @Test
    void whatTheKpisCountFollowsTheCaseAndWhoHeldItAtEachLevel() {
        EngineTime.setToBerlin("2026-11-30T09:00"); // Monday
        ProcessInstance escalation = start(caseData()); // policy rule Rule_DelayedCase: Tier 1, avoidable
        execute(job());
        EngineTime.setToBerlin("2026-11-30T09:20");
        completeAs("tier1-agent", escalate("Needs a specialist"));
        execute(job());
        EngineTime.setToBerlin("2026-11-30T10:00");
        completeAs("tier2-agent", RESOLVED_OUTCOME);

        String caseNumber = escalation.getBusinessKey();
        Assertions.assertThat(jdbc.sql("""
            select entry_level, avoidable, policy_rule, sla_calendar, escalated, transfers,
              closed_event, resolved_level, resolution_code, resolve_business_seconds, sla_due_at
            from case_fact where case_number = ?""")
                        .param(caseNumber)
                        .query((row, n) -> List.of(
                                row.getString(1),
                                row.getBoolean(2),
                                row.getString(3),
                                row.getString(4),
                                row.getBoolean(5),
                                row.getInt(6),
                                row.getString(7),
                                row.getString(8),
                                row.getString(9),
                                row.getLong(10),
                                String.valueOf(row.getTimestamp(11))))
                        .single())
                .containsExactly(
                        "TIER1",
                        true,
                        "Rule_DelayedCase",
                        "standard",
                        true,
                        1,
                        "RESOLVED",
                        "TIER2",
                        "ANSWERED",
                        3600L,
                        "null");
        Assertions.assertThat(jdbc.sql("""
            select level, held_by, first_response_business_seconds, left_event, left_by
            from case_level_visit where case_number = ? order by entered_at""")
                        .param(caseNumber)
                        .query((row, n) -> row.getString(1) + " held by " + row.getString(2) + " after "
                                + row.getLong(3) + " s, left " + row.getString(4) + " by " + row.getString(5))
                        .list())
                .containsExactly(
                        "TIER1 held by tier1-agent after 1200 s, left ESCALATED by tier1-agent",
                        "TIER2 held by tier2-agent after 2400 s, left RESOLVED by tier2-agent");
    }
}
