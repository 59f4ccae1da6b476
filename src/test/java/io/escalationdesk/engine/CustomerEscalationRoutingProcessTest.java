package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.Level;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opening a case of CustomerEscalation.bpmn: invalid data starts nothing, a case number from
 * the sequence, and where the policy routes it (a supervisor, a partner's queue).
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationRoutingProcessTest extends CustomerEscalationProcessTestSupport {

    private static final String SUPERVISOR_SLA = "supervisorSla";

    @Test
    void invalidCaseDataStartsNothingAndStoresNothing() {
        String caseNumber = "ESC-TEST-INVALID-" + cases.incrementAndGet();
        Map<String, Object> data = caseData(PRIORITY, "WHENEVER");

        assertThatThrownBy(() ->
                        runtime.startProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY, caseNumber, data))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("priority");

        Assertions.assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
        Assertions.assertThat(timeline.of(caseNumber)).isEmpty();
    }

    @Test
    void caseWithoutNumberGetsOneFromTheSequence() {
        ProcessInstance escalation =
                runtime.startProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY, caseData());

        Assertions.assertThat(escalation.getBusinessKey()).matches("ESC-\\d{4}-\\d{6}");
        Assertions.assertThat(timeline.of(escalation.getBusinessKey())).hasSize(2);
    }

    /** "Who has the case?" sends a supervisor's case, or one at a level it names no task for, on its default. */
    @Test
    void customerAskingForASupervisorStartsAtTheSupervisorLevel() {
        ProcessInstance escalation = start(caseData(TRIGGER, "CUSTOMER_REQUESTED_SUPERVISOR"));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup(Level.SUPERVISOR.candidateGroup());
        assertThat(escalation).variables().containsEntry(SUPERVISOR_SLA, "PT4H");
    }

    @Test
    void aCaseThePolicyRoutesToAPartnerIsInThePartnersQueueUntilItMovesOn() {
        // policy rule Rule_OtherComplexIssueAtPartner: complex account issues go to Tier 2, at the partner team acme
        ProcessInstance escalation = start(caseData(CATEGORY, "ACCOUNT", TRIGGER, "COMPLEX_ISSUE"));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("partner-acme");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task().getId()))
                .extracting(link -> link.getGroupId())
                .containsOnly("partner-acme");
        String caseNumber = escalation.getBusinessKey();
        Assertions.assertThat(partnerOf(caseNumber)).isEqualTo("acme");

        completeAs("acme-agent", escalate("Needs a supervisor's decision"));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("supervisors");
        Assertions.assertThat(partnerOf(caseNumber)).isNull();
        Assertions.assertThat(jdbc.sql("select level, partner from case_level_visit "
                                + "where case_number = ? order by entered_at")
                        .param(caseNumber)
                        .query((row, n) -> row.getString(1) + " " + row.getString(2))
                        .list())
                .containsExactly("TIER2 acme", "SUPERVISOR null");
        // the timeline shows the partner's stay as the partner's, the moves in and out of it
        Assertions.assertThat(jdbc.sql("select event, level, partner from case_status_update "
                                + "where case_number = ? and event in ('ROUTED', 'ESCALATED') order by id")
                        .param(caseNumber)
                        .query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
                        .list())
                .containsExactly("ROUTED TIER2 acme", "ESCALATED SUPERVISOR null");
    }

    private String partnerOf(String caseNumber) {
        return jdbc.sql("select partner from escalation_case where case_number = ?")
                .param(caseNumber)
                .query((row, n) -> row.getString(1))
                .list()
                .get(0);
    }
}
