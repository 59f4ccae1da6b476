package io.escalationdesk.engine;

import static io.escalationdesk.EngineTime.berlin;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.LocalHttpService;
import io.escalationdesk.billing.BillingHandoffs;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.conversation.CustomerMessages;
import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.InboundMessage;
import io.escalationdesk.conversation.ThreadTokens;
import io.escalationdesk.engine.delegate.VariableReads;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.intake.EscalationProcess;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of CustomerEscalation.bpmn: the happy path in full, then each detour. Jobs (the
 * notification step and the SLA timers) are executed explicitly; the billing hand-off runs
 * through the app's real external-task worker over its own REST API, against a billing system
 * on a local port.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationProcessTest {

    private static final AtomicInteger cases = new AtomicInteger();
    private static final Duration WORKER_PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @Autowired
    TimelineReader timeline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExternalTaskService externalTasks;

    @Autowired
    EscalationProcess messages;

    @Autowired
    CaseRecords records;

    @Autowired
    ExternalTaskClient worker;

    @Autowired
    BillingHandoffs billingHandoffs;

    @Autowired
    CustomerMessages customerMessages;

    @Autowired
    ThreadTokens tokens;

    private final LocalHttpService billingSystem = LocalHttpService.BILLING;

    @BeforeEach
    void useSpringsEngine() {
        init(engine);
    }

    @AfterEach
    void signOutAndLetTheBillingSystemRecover() {
        identity.clearAuthentication();
        EngineTime.reset();
        billingSystem.recover();
    }

    @Test
    void generalCaseIsResolvedAtTier1() {
        ProcessInstance escalation = start(caseData());

        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).hasCandidateGroup("tier1");

        completeAs("tier1-agent", RESOLVED_OUTCOME);
        execute(job());

        assertThat(escalation).hasPassed(END_CASE_CLOSED).isEnded();
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level)
                .containsExactly(
                        tuple(CaseEvent.OPENED, "system", null),
                        tuple(CaseEvent.ROUTED, "system", Level.TIER1),
                        tuple(CaseEvent.RESOLVED, "tier1-agent", Level.CLOSED));
        Assertions.assertThat(lastUpdateOf(escalation).reason()).isEqualTo("Question answered: Explained the charge");
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "RESOLVED:CLOSED");
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
    void aSummarySentWithAnotherOutcomeDoesNotResolveALaterTask() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "ESCALATE", REASON, "Needs Tier 2", RESOLUTION_SUMMARY, "Sent along by mistake"));
        execute(job());

        assertThatThrownBy(() -> completeAs(
                        "tier2-agent", Map.of(OUTCOME, "RESOLVED", RESOLUTION_CODE, "ANSWERED", REASON, "Done")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(RESOLUTION_SUMMARY);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
    }

    @Test
    void resolvingWithoutAResolutionCodeIsRefused() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs(
                        "tier1-agent", Map.of(OUTCOME, "RESOLVED", REASON, "Done", RESOLUTION_SUMMARY, "Done")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(RESOLUTION_CODE);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void aLessonForTheTeamComesWithAResolutionAndIsKeptWithTheCase() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        Map<String, Object> resolved = new HashMap<>(RESOLVED_OUTCOME);
        resolved.put(LESSON, "Tier 1 could refund up to 20 EUR and spare the customer a transfer");
        resolved.put(LESSON_KIND, "POLICY_CHANGE");

        completeAs("tier1-agent", resolved);

        Assertions.assertThat(jdbc.sql("select level, escalation_trigger, category, kind, noted_by, "
                                + "lesson, status from lesson where case_number = ?")
                        .param(escalation.getBusinessKey())
                        .query((row, n) -> String.join(
                                " | ",
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7)))
                        .list())
                .containsExactly("TIER1 | RESOLUTION_DELAYED | GENERAL | POLICY_CHANGE | tier1-agent | "
                        + "Tier 1 could refund up to 20 EUR and spare the customer a transfer | OPEN");
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level)
                .contains(tuple(CaseEvent.LESSON_NOTED, "tier1-agent", Level.TIER1));
    }

    @Test
    void aLessonWithAnOutcomeThatTakesNoneIsRefusedNamingTheField() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        Map<String, Object> escalated = new HashMap<>(escalate("Needs a refund above Tier 1 limits"));
        escalated.put(LESSON, "Tier 1 could refund up to 20 EUR and spare the customer a transfer");
        escalated.put(LESSON_KIND, "POLICY_CHANGE");

        assertThatThrownBy(() -> completeAs("tier1-agent", escalated))
                .isInstanceOf(NotValidException.class)
                .hasMessageStartingWith(LESSON + ": ");
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void aLessonWithoutItsKindIsRefused() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        Map<String, Object> resolved = new HashMap<>(RESOLVED_OUTCOME);
        resolved.put(LESSON, "A knowledge article on roaming charges would have helped");

        assertThatThrownBy(() -> completeAs("tier1-agent", resolved))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(LESSON_KIND);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void anAgentWhoAsksAnExpertKeepsTheCaseAndItsSla() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        claim(task(), "tier1-agent");
        Date due = (Date) runtime.getVariable(escalation.getId(), SLA_DUE_AT);

        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "ASK_EXPERT", EXPERT_GROUP, "TIER2", QUESTION, "Was the October refund booked?"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).isAssignedTo("tier1-agent").hasDefinitionKey(TASK_RESOLVE_CASE);
        Assertions.assertThat(runtime.getVariable(escalation.getId(), SLA_DUE_AT))
                .isEqualTo(due);
        Assertions.assertThat((String) runtime.getVariable(escalation.getId(), CONSULT_ANSWERS))
                .isEqualTo("Tier 2 agents, asked by tier1-agent: Was the October refund booked? "
                        + "(waiting for the answer)");
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.CONSULT_ASKED,
                        "tier1-agent",
                        "Asked Tier 2 agents, keeping the case: Was the October refund booked?");
        Assertions.assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(escalation.getBusinessKey())
                        .processDefinitionKey(ExpertConsultProcess.PROCESS_KEY)
                        .count())
                .isOne();
    }

    @Test
    void aQuestionWithoutItsGroupIsRefused() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "ASK_EXPERT", QUESTION, "Who knows?")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(EXPERT_GROUP);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void theBillingBackOfficeAsksAnExpertWithoutForwardingTheCaseAgain() {
        ProcessInstance escalation = start(caseData(TRIGGER, "BILLING_DISPUTE", CATEGORY, "BILLING"));
        execute(job());
        completeAs("tier1-agent", Map.of(OUTCOME, "HAND_OFF", REASON, "Disputed invoice 4711"));
        execute(job());
        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        long forwarded = requestsFor(escalation.getBusinessKey());

        completeAs(
                "billing-agent",
                Map.of(
                        OUTCOME,
                        "ASK_EXPERT",
                        EXPERT_GROUP,
                        "TECHNICAL",
                        QUESTION,
                        "Did the line fault cause the second charge?"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_BILLING_ISSUE);
        assertThat(task()).isAssignedTo("billing-agent");
        Assertions.assertThat(requestsFor(escalation.getBusinessKey())).isEqualTo(forwarded);
    }

    @Test
    void anAgentWhoGrantsGoodwillKeepsTheCase() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        completeAs(
                "tier1-agent",
                Map.of(
                        OUTCOME,
                        "GRANT_GOODWILL",
                        GOODWILL_KIND,
                        "FEE_WAIVER",
                        GOODWILL_AMOUNT,
                        9.9,
                        GOODWILL_REASON,
                        "Reminder fee sent in error"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).isAssignedTo("tier1-agent");
        Assertions.assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(escalation.getBusinessKey())
                        .processDefinitionKey(GoodwillApprovalProcess.PROCESS_KEY)
                        .count())
                .isOne();
        Assertions.assertThat(runtime.getVariables(escalation.getId()))
                .doesNotContainKeys(GOODWILL_KIND, GOODWILL_AMOUNT, GOODWILL_REASON);
    }

    @Test
    void theOutboundTeamReachesTheCustomerAndTheCaseRunsOn() {
        ProcessInstance escalation = callTheCustomer();
        assertThat(escalation).isWaitingAt(TASK_CALL_CUSTOMER_BACK);
        assertThat(task()).hasCandidateGroup("outbound");
        Assertions.assertThat(taskService().getVariables(task().getId()))
                .containsEntry(INFORMATION_NEEDED, "Send the invoice number")
                .containsEntry(CUSTOMER_PHONE, "+4915112345678")
                .containsEntry(CALL_ATTEMPTS, 0);
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1");

        completeAs("outbound-agent", Map.of(CALL_OUTCOME, "REACHED", CALL_NOTE, "Invoice 4711"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor)
                .endsWith(
                        tuple(CaseEvent.CUSTOMER_CALLED, "outbound-agent"),
                        tuple(CaseEvent.SLA_RESUMED, "outbound-agent"));
        Assertions.assertThat(timelineOf(escalation)
                        .get(timelineOf(escalation).size() - 2)
                        .reason())
                .isEqualTo("Reached the customer (call 1): Invoice 4711");
        Assertions.assertThat(lastUpdateOf(escalation).reason()).startsWith("The customer replied");
    }

    @Test
    void noAnswerIsCalledAgainAndAfterTheLastCallTheCustomerIsRemindedByMessage() {
        ProcessInstance escalation = callTheCustomer();

        completeAs("outbound-agent", Map.of(CALL_OUTCOME, "NO_ANSWER"));
        execute(job(TIMER_CALL_RETRY_DUE));
        completeAs("outbound-agent", Map.of(CALL_OUTCOME, "NO_ANSWER"));
        execute(job(TIMER_CALL_RETRY_DUE));
        completeAs("outbound-agent", Map.of(CALL_OUTCOME, "NO_ANSWER", CALL_NOTE, "Voicemail full"));

        assertThat(escalation).isWaitingAt(GATEWAY_AWAIT_REPLY_AFTER_REMINDER);
        Assertions.assertThat(timelineOf(escalation))
                .filteredOn(update -> update.event() == CaseEvent.CUSTOMER_CALLED)
                .extracting(StatusUpdate::reason)
                .containsExactly(
                        "No answer (call 1 of 3); calling again after 2 h of business time",
                        "No answer (call 2 of 3); calling again after 2 h of business time",
                        "No answer (call 3 of 3): Voicemail full; reminding the customer by message");
        Assertions.assertThat(lastUpdateOf(escalation).event()).isEqualTo(CaseEvent.REMINDER);
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "REMINDER:TIER1");
    }

    @Test
    void aWrongNumberGoesBackToTheAgentWhoAsked() {
        ProcessInstance escalation = callTheCustomer();

        completeAs("outbound-agent", Map.of(CALL_OUTCOME, "WRONG_NUMBER", CALL_NOTE, "The number belongs to a bakery"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).isAssignedTo("tier1-agent");
        Assertions.assertThat(timelineOf(escalation)
                        .get(timelineOf(escalation).size() - 2)
                        .reason())
                .isEqualTo("Wrong number (call 1): The number belongs to a bakery; the case goes back to "
                        + "tier1-agent");
        Assertions.assertThat(lastUpdateOf(escalation).reason()).startsWith("The customer could not be called");
    }

    @Test
    void callingACustomerWithoutANumberIsRefused() {
        Map<String, Object> data = caseData();
        data.remove(CUSTOMER_PHONE);
        ProcessInstance escalation = start(data);
        execute(job());

        assertThatThrownBy(() -> completeAs(
                        "tier1-agent",
                        Map.of(
                                OUTCOME,
                                "INFORMATION_REQUESTED",
                                REASON,
                                "Send the invoice number",
                                CALL_CUSTOMER,
                                true)))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(CALL_CUSTOMER);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    /** Tier 1 asks for the invoice number and has the outbound team call. */
    private ProcessInstance callTheCustomer() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "INFORMATION_REQUESTED", REASON, "Send the invoice number", CALL_CUSTOMER, true));
        return escalation;
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

    @Test
    void agentsEscalateUpTheLadderUntilManagementDecides() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        completeAs("tier1-agent", escalate("Needs a refund above Tier 1 limits"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("tier2");

        completeAs("tier2-agent", escalate("Refund needs approval"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("supervisors");

        completeAs("supervisor", escalate("Goodwill beyond supervisor budget"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_DECIDE_ON_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("management");

        completeAs("manager", RESOLVED_OUTCOME);
        execute(job());

        assertThat(escalation).isEnded();
        Assertions.assertThat(timelineOf(escalation))
                .filteredOn(update -> update.event() == CaseEvent.ESCALATED)
                .extracting(StatusUpdate::actor, StatusUpdate::fromLevel, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        tuple("tier1-agent", Level.TIER1, Level.TIER2, "Needs a refund above Tier 1 limits"),
                        tuple("tier2-agent", Level.TIER2, Level.SUPERVISOR, "Refund needs approval"),
                        tuple("supervisor", Level.SUPERVISOR, Level.MANAGEMENT, "Goodwill beyond supervisor budget"));
        Assertions.assertThat(outboxOf(escalation))
                .containsExactly(
                        "ROUTED:TIER1",
                        "ESCALATED:TIER2",
                        "ESCALATED:SUPERVISOR",
                        "ESCALATED:MANAGEMENT",
                        "RESOLVED:CLOSED");
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
    void customerAskingForASupervisorAtTier1MovesTheCaseToASupervisor() {
        assertSupervisorRequestMoves(TASK_RESOLVE_CASE, Level.TIER1);
    }

    @Test
    void customerAskingForASupervisorAtTier2MovesTheCaseToASupervisor() {
        assertSupervisorRequestMoves(TASK_RESOLVE_ESCALATED_CASE, Level.TIER2);
    }

    @Test
    void customerAskingForASupervisorPastTier2IsOnlyRecorded() {
        ProcessInstance escalation = startAt(TASK_DECIDE_ON_ESCALATED_CASE, Level.MANAGEMENT);

        boolean escalated =
                messages.customerAskedForSupervisor(escalation.getBusinessKey(), "Still waiting", "supervisor");

        Assertions.assertThat(escalated).isFalse();
        assertThat(escalation).isWaitingAt(TASK_DECIDE_ON_ESCALATED_CASE);
    }

    @Test
    void tier1SlaBreachEscalatesToTier2() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);

        execute(job(TIMER_SLA_BREACHED));

        assertThat(escalation).hasPassed(TASK_RECORD_SLA_BREACH).isWaitingAt(TASK_NOTIFY_CUSTOMER);
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.SLA_BREACHED,
                        "system",
                        Level.TIER2,
                        "Tier 1 SLA of 4 h breached, 0 min late in business time; escalated to Tier 2");
    }

    @Test
    void tier2SlaBreachEscalatesToASupervisor() {
        assertBreachMoves(TASK_RESOLVE_ESCALATED_CASE, Level.TIER2, TASK_REVIEW_ESCALATED_CASE);
    }

    @Test
    void supervisorSlaBreachEscalatesToManagement() {
        assertBreachMoves(TASK_REVIEW_ESCALATED_CASE, Level.SUPERVISOR, TASK_DECIDE_ON_ESCALATED_CASE);
    }

    @Test
    void managementSlaBreachIsRecordedAndRequeuedWithManagement() {
        ProcessInstance escalation =
                assertBreachMoves(TASK_DECIDE_ON_ESCALATED_CASE, Level.MANAGEMENT, TASK_DECIDE_ON_ESCALATED_CASE);

        Assertions.assertThat(lastUpdateOf(escalation).reason())
                .isEqualTo("Management SLA of 10 h breached, 0 min late in business time; "
                        + "stays with Management with a new SLA");
    }

    // --- the SLA clock: business time of the case's calendar (standard: Berlin, Mon-Fri 8-18)

    /** The worked example in the README. */
    @Test
    void slaTimersCountTheBusinessHoursOfTheCasesCalendar() {
        EngineTime.setToBerlin("2026-12-24T17:30"); // Thursday; Friday is Christmas, then the weekend
        ProcessInstance escalation = start(caseData()); // policy rule Rule_DelayedCase: Tier 1 within PT1H
        execute(job());

        assertThat(escalation)
                .isWaitingAt(TASK_RESOLVE_CASE)
                .variables()
                .containsEntry(SLA_CALENDAR, "standard")
                .containsEntry(SLA_TARGET, "PT1H")
                .containsEntry(SLA_WARNING_AFTER, "PT45M")
                .containsEntry(SLA_DUE_AT, Date.from(berlin("2026-12-28T08:30")));
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-12-28T08:15"));
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-28T08:30"));

        EngineTime.setToBerlin("2026-12-28T08:30");
        execute(job(TIMER_SLA_BREACHED));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE); // Tier 2 within PT2H
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-12-28T10:00"));
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-28T10:30"));
    }

    @Test
    void urgentCasesRunAroundTheClock() {
        EngineTime.setToBerlin("2026-12-24T17:30"); // as in the README example
        ProcessInstance escalation = start(caseData(PRIORITY, "URGENT")); // Rule_UrgentOrHighDelayedCase: Tier 2, PT2H
        execute(job());

        assertThat(escalation)
                .isWaitingAt(TASK_RESOLVE_ESCALATED_CASE)
                .variables()
                .containsEntry(SLA_CALENDAR, "24x7");
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-12-24T19:00"));
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-24T19:30"));
    }

    @Test
    void anAgentClaimingTheTaskInTimeMeetsTheFirstResponseTarget() {
        EngineTime.setToBerlin("2026-11-27T17:30");
        ProcessInstance escalation = start(caseData()); // policy rule Rule_DelayedCase: first response in PT15M
        execute(job());
        Assertions.assertThat(dueOf(TIMER_FIRST_RESPONSE_DUE)).isEqualTo(berlin("2026-11-27T17:45"));

        EngineTime.setToBerlin("2026-11-27T17:40");
        claim(task(), "tier1-agent");
        EngineTime.setToBerlin("2026-11-27T17:45");
        execute(job(TIMER_FIRST_RESPONSE_DUE));

        assertThat(escalation)
                .hasPassed(END_RESPONDED_IN_TIME)
                .hasNotPassed(TASK_RECORD_MISSED_FIRST_RESPONSE)
                .isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(escalation).variables().containsEntry(FIRST_RESPONSE_AT, Date.from(berlin("2026-11-27T17:40")));
    }

    @Test
    void nobodyTakingTheTaskInTimeIsAMissedFirstResponse() {
        EngineTime.setToBerlin("2026-11-27T17:50"); // 10 min of business time left this week
        ProcessInstance escalation = start(caseData());
        execute(job());
        Assertions.assertThat(dueOf(TIMER_FIRST_RESPONSE_DUE)).isEqualTo(berlin("2026-11-30T08:05"));

        EngineTime.setToBerlin("2026-11-30T08:05");
        execute(job(TIMER_FIRST_RESPONSE_DUE));

        assertThat(escalation)
                .hasPassed(
                        TASK_RECORD_MISSED_FIRST_RESPONSE,
                        TASK_NOTIFY_SUPERVISOR_OF_MISSED_FIRST_RESPONSE,
                        END_FIRST_RESPONSE_MISSED)
                .isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "FIRST_RESPONSE_MISSED:TIER1");
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.FIRST_RESPONSE_MISSED,
                        "system",
                        "No agent took the Tier 1 task within the first response target of 15 min "
                                + "(due 30 Nov 2026, 08:05 CET)");
    }

    @Test
    void aWarningBeforeTheBreachLeavesTheCaseAndItsDueTimeAsTheyAre() {
        EngineTime.setToBerlin("2026-11-27T17:30");
        ProcessInstance escalation = start(caseData());
        execute(job());

        EngineTime.setToBerlin("2026-11-30T08:15");
        execute(job(TIMER_SLA_WARNING));

        assertThat(escalation)
                .hasPassed(TASK_RECORD_SLA_WARNING, TASK_NOTIFY_SUPERVISOR, END_SUPERVISOR_WARNED)
                .isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-30T08:30"));
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.SLA_WARNING,
                        "system",
                        Level.TIER1,
                        "75% of the Tier 1 SLA of 1 h used; 15 min of business time left until "
                                + "30 Nov 2026, 08:30 CET");
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "SLA_WARNING:TIER1");
    }

    @Test
    void aLateBreachRecordsHowLateInBusinessTimeAndTheNextLevelsClockStartsThen() {
        EngineTime.setToBerlin("2026-11-27T17:30");
        ProcessInstance escalation = start(caseData());
        execute(job());

        EngineTime.setToBerlin("2026-11-30T10:00"); // no node ran the timer at 08:30
        execute(job(TIMER_SLA_BREACHED));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        Assertions.assertThat(lastUpdateOf(escalation).reason())
                .isEqualTo("Tier 1 SLA of 1 h breached, 1 h 30 min late in business time; escalated to Tier 2");
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-30T12:00"));
    }

    // --- waiting for the customer: the SLA clock stands still

    @Test
    void askingTheCustomerForInformationStopsTheSlaClock() {
        ProcessInstance escalation = waitingForTheCustomerSinceFriday1720();

        assertThat(escalation)
                .hasPassed(TASK_PAUSE_SLA_CLOCK, TASK_ASK_CUSTOMER_FOR_INFORMATION)
                .isWaitingAt(GATEWAY_AWAIT_REPLY);
        Assertions.assertThat(job(TIMER_SLA_BREACHED).isSuspended()).isTrue();
        Assertions.assertThat(job(TIMER_SLA_WARNING).isSuspended()).isTrue();
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-27T18:00"));
        // 20 business hours: Friday 40 min, Monday 10 h, Tuesday 9 h 20 min
        Assertions.assertThat(dueOf(TIMER_REMINDER_DUE)).isEqualTo(berlin("2026-12-01T17:20"));
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.INFORMATION_REQUESTED,
                        "tier1-agent",
                        Level.TIER1,
                        "Send the invoice number; SLA clock paused with 40 min of business time left");
        // the customer is told the deadline: 40 business hours, Thursday 17:20
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "INFORMATION_REQUESTED:TIER1");
        Assertions.assertThat(quotedTimeOfLastMessageTo(escalation)).isEqualTo(berlin("2026-12-03T17:20"));
    }

    @Test
    void askingTheCustomerWithoutSayingWhatIsNeededIsRefused() {
        startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "INFORMATION_REQUESTED")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("reason");
        Assertions.assertThat(job(TIMER_SLA_BREACHED).isSuspended()).isFalse();
    }

    @Test
    void theCustomersReplyResumesTheClockWithTheBusinessTimeThatWasLeft() {
        ProcessInstance escalation = waitingForTheCustomerSinceFriday1720();

        EngineTime.setToBerlin("2026-11-30T09:00"); // Monday
        messages.customerReplied(escalation.getBusinessKey(), "tier1-agent");

        assertThat(escalation).hasPassed(TASK_RESUME_SLA_CLOCK).isWaitingAt(TASK_RESOLVE_CASE);
        // 40 min were left at the pause and 25 min until the warning: moved, not restarted
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-30T09:40"));
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-11-30T09:25"));
        Assertions.assertThat(job(TIMER_SLA_BREACHED).isSuspended()).isFalse();
        assertThat(escalation)
                .variables()
                .containsEntry(SLA_DUE_AT, Date.from(berlin("2026-11-30T09:40")))
                .containsEntry(SLA_PAUSED_TOTAL, "PT1H40M")
                .doesNotContainKey(SLA_PAUSED_AT);
        Assertions.assertThat(lastUpdateOf(escalation).reason())
                .isEqualTo("The customer replied; SLA clock resumed after 1 h 40 min of business time paused; "
                        + "due 30 Nov 2026, 09:40 CET");
    }

    @Test
    void withoutAReplyTheCustomerIsRemindedAndThenTheCaseClosesUnresolved() {
        ProcessInstance escalation = waitingForTheCustomerSinceFriday1720();

        EngineTime.setToBerlin("2026-12-01T17:20");
        execute(job(TIMER_REMINDER_DUE));
        assertThat(escalation).hasPassed(TASK_REMIND_CUSTOMER);
        assertThat(escalation).isWaitingAt(GATEWAY_AWAIT_REPLY_AFTER_REMINDER);
        Assertions.assertThat(dueOf(TIMER_REPLY_DEADLINE_PASSED)).isEqualTo(berlin("2026-12-03T17:20"));
        Assertions.assertThat(lastUpdateOf(escalation).event()).isEqualTo(CaseEvent.REMINDER);
        Assertions.assertThat(quotedTimeOfLastMessageTo(escalation)).isEqualTo(berlin("2026-12-03T17:20"));

        EngineTime.setToBerlin("2026-12-03T17:20");
        execute(job(TIMER_REPLY_DEADLINE_PASSED));
        assertThat(escalation).hasPassed(TASK_CLOSE_UNRESOLVED).isWaitingAt(TASK_NOTIFY_CUSTOMER);
        execute(job());

        assertThat(escalation).hasPassed(END_CASE_CLOSED).isEnded();
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level)
                .containsExactly(CaseEvent.UNRESOLVED_NO_REPLY, "system", Level.CLOSED);
        Assertions.assertThat(outboxOf(escalation))
                .containsExactly(
                        "ROUTED:TIER1", "INFORMATION_REQUESTED:TIER1", "REMINDER:TIER1", "UNRESOLVED_NO_REPLY:CLOSED");
        // Friday 40 min, Monday to Wednesday 10 h each, Thursday 9 h 20 min
        Assertions.assertThat(historyService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(escalation.getId())
                        .variableName(SLA_PAUSED_TOTAL)
                        .singleResult()
                        .getValue())
                .isEqualTo("PT40H");
    }

    @Test
    void aReplyAfterTheReminderResumesTheClockToo() {
        ProcessInstance escalation = waitingForTheCustomerSinceFriday1720();
        EngineTime.setToBerlin("2026-12-01T17:20");
        execute(job(TIMER_REMINDER_DUE));

        EngineTime.setToBerlin("2026-12-02T08:00"); // Wednesday
        messages.customerReplied(escalation.getBusinessKey(), "tier1-agent");

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-02T08:40"));
    }

    @Test
    void theCustomersAnswerByEmailResumesTheClockAndTheCaseIsBackWithTheAgentWhoAsked() {
        ProcessInstance escalation = waitingForTheCustomerSinceFriday1720();
        Assertions.assertThat(lastMessageTextTo(escalation)).isEqualTo("Send the invoice number");

        EngineTime.setToBerlin("2026-11-30T09:00"); // Monday
        customerWrites(escalation, "The invoice number is RE-2026-88412.");

        assertThat(escalation).hasPassed(TASK_RESUME_SLA_CLOCK).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(task().getAssignee()).isEqualTo("tier1-agent");
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-30T09:40"));
        Assertions.assertThat(timeline.of(escalation.getBusinessKey()))
                .extracting(StatusUpdate::event, StatusUpdate::actor)
                .contains(
                        Assertions.tuple(CaseEvent.CUSTOMER_CONTACTED, "customer"),
                        Assertions.tuple(CaseEvent.SLA_RESUMED, "customer"));
        Assertions.assertThat((String) taskService().getVariableLocal(task().getId(), CUSTOMER_MESSAGES))
                .contains("The invoice number is RE-2026-88412.");
    }

    @Test
    void theReplyDeadlineNeverClosesACaseWhoseCustomerAnswered() {
        ProcessInstance escalation = waitingForTheCustomerSinceFriday1720();
        EngineTime.setToBerlin("2026-12-01T17:20");
        execute(job(TIMER_REMINDER_DUE));

        EngineTime.setToBerlin("2026-12-03T17:19"); // a minute before the deadline
        customerWrites(escalation, "Sorry, I was travelling: RE-2026-88412.");

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(jobQuery()
                        .processInstanceId(escalation.getId())
                        .activityId(TIMER_REPLY_DEADLINE_PASSED)
                        .count())
                .isZero();
        Assertions.assertThat(jobQuery()
                        .processInstanceId(escalation.getId())
                        .activityId(TIMER_REMINDER_DUE)
                        .count())
                .isZero();
        Assertions.assertThat(outboxOf(escalation)).doesNotContain("UNRESOLVED_NO_REPLY:CLOSED");
    }

    @Test
    void aCustomerWhoWritesWhileAnAgentWorksIsShownInTheTaskForm() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        Assertions.assertThat((String) taskService().getVariableLocal(task().getId(), CUSTOMER_MESSAGES))
                .isEqualTo("none");

        customerWrites(escalation, "Also, the second charge was on 3 November.");

        assertThat(escalation).hasPassed(TASK_SHOW_MESSAGE_TO_AGENT).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat((String) taskService().getVariableLocal(task().getId(), CUSTOMER_MESSAGES))
                .contains("Also, the second charge was on 3 November.");
    }

    @Test
    void theAgentsMessageToTheCustomerGoesOutWithTheCompletionAndIsNotKept() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);

        completeAs(
                "tier1-agent",
                Map.of(
                        OUTCOME,
                        "RESOLVED",
                        RESOLUTION_CODE,
                        "ANSWERED",
                        REASON,
                        "Refunded",
                        RESOLUTION_SUMMARY,
                        "Refunded",
                        MESSAGE_TO_CUSTOMER,
                        "We refunded the second charge."));
        execute(job());

        Assertions.assertThat(outboxOf(escalation)).contains("CUSTOMER_MESSAGED:TIER1");
        Assertions.assertThat(jdbc.sql("select message_text from notification_outbox "
                                + "where case_number = ? and event = 'CUSTOMER_MESSAGED'")
                        .param(escalation.getBusinessKey())
                        .query(String.class)
                        .single())
                .isEqualTo("We refunded the second charge.");
        Assertions.assertThat(historyService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(escalation.getId())
                        .variableName(MESSAGE_TO_CUSTOMER)
                        .count())
                .isZero();
    }

    /** The customer's email, threaded by the token of our mail they answer. */
    private void customerWrites(ProcessInstance escalation, String text) {
        String caseNumber = escalation.getBusinessKey();
        customerMessages.receive(new InboundMessage(
                InboundChannel.EMAIL,
                "<" + UUID.randomUUID() + "@mail.example.com>",
                "jane.doe@example.com",
                "Jane Doe",
                "jane.doe@example.com",
                "Re: your case " + caseNumber,
                text,
                text.getBytes(StandardCharsets.UTF_8),
                List.of(),
                List.of(),
                List.of(tokens.messageId(caseNumber, "2.EMAIL", "example.com")),
                true,
                null,
                null));
    }

    private String lastMessageTextTo(ProcessInstance escalation) {
        return jdbc.sql("select message_text from notification_outbox where case_number = ?"
                        + " order by id desc limit 1")
                .param(escalation.getBusinessKey())
                .query(String.class)
                .single();
    }

    /** A Tier 1 case due Friday 18:00; at 17:20 the agent asks the customer for the invoice. */
    private ProcessInstance waitingForTheCustomerSinceFriday1720() {
        EngineTime.setToBerlin("2026-11-27T17:00");
        ProcessInstance escalation = start(caseData());
        execute(job());
        EngineTime.setToBerlin("2026-11-27T17:20");
        completeAs("tier1-agent", Map.of(OUTCOME, "INFORMATION_REQUESTED", REASON, "Send the invoice number"));
        return escalation;
    }

    @Test
    void billingDisputeIsHandedOffToTheBillingBackOfficeAndReturned() {
        ProcessInstance escalation = start(caseData(TRIGGER, "BILLING_DISPUTE", CATEGORY, "BILLING"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);

        completeAs("tier1-agent", Map.of(OUTCOME, "HAND_OFF", REASON, "Disputed invoice 4711"));
        execute(job());

        // the app's billing worker fetches the external task over /engine-rest and completes it
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        assertThat(escalation).hasPassed(TASK_HAND_OFF_TO_BILLING);
        assertThat(task()).hasCandidateGroup("billing");
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event)
                .containsSubsequence(CaseEvent.HANDED_OFF, CaseEvent.FORWARDED_TO_BILLING);

        completeAs("billing-agent", Map.of(OUTCOME, "RETURN", REASON, "Credit note issued"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);

        completeAs("tier1-agent", RESOLVED_OUTCOME);
        execute(job());
        assertThat(escalation).isEnded();
        Assertions.assertThat(outboxOf(escalation))
                .containsExactly("ROUTED:TIER1", "HANDED_OFF:BILLING", "RETURNED:TIER1", "RESOLVED:CLOSED");
    }

    @Test
    void billingBackOfficeResolvesTheCase() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_BILLING_ISSUE, Level.BILLING, Level.TIER1);

        completeAs("billing-agent", RESOLVED_OUTCOME);
        execute(job());

        assertThat(escalation).isEnded();
    }

    @Test
    void billingSlaBreachEscalatesAboveTheLevelThatHandedItOff() {
        assertBreachMoves(TASK_RESOLVE_BILLING_ISSUE, Level.BILLING, TASK_RESOLVE_ESCALATED_CASE);
    }

    @Test
    void technicalFaultIsHandedOffToTheTechnicalDepartment() {
        ProcessInstance escalation = start(caseData(TRIGGER, "TECHNICAL_FAULT", CATEGORY, "TECHNICAL"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);

        completeAs("tier2-agent", Map.of(OUTCOME, "HAND_OFF", REASON, "Line fault"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_TECHNICAL_ISSUE);
        assertThat(task()).hasCandidateGroup("technical");

        completeAs("technical-agent", RESOLVED_OUTCOME);
        execute(job());
        assertThat(escalation).isEnded();
    }

    @Test
    void technicalSlaBreachEscalatesAboveTheLevelThatHandedItOff() {
        assertBreachMoves(TASK_RESOLVE_TECHNICAL_ISSUE, Level.TECHNICAL, TASK_REVIEW_ESCALATED_CASE, Level.TIER2);
    }

    @Test
    void escalatingWithoutAReasonIsRefusedAndTheTaskStays() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        String taskId = task().getId();

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "ESCALATE")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("reason");

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(task().getId()).isEqualTo(taskId);
    }

    @Test
    void managementCannotEscalateFurther() {
        startAt(TASK_DECIDE_ON_ESCALATED_CASE, Level.MANAGEMENT);

        assertThatThrownBy(() -> completeAs("manager", escalate("Board please")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("top level");
    }

    @Test
    void handOffWithoutAPolicyDepartmentIsRefused() {
        startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "HAND_OFF")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("department");
    }

    @Test
    void unknownOutcomeIsRefused() {
        startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "IGNORE")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("outcome");
    }

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

    @Test
    void billingWorkerForwardsTheCaseAndKeepsTheBillingReference() {
        ProcessInstance escalation = handOffToBilling();

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));

        String caseNumber = escalation.getBusinessKey();
        var request = billingSystem.requests().stream()
                .filter(received -> received.body().contains(caseNumber))
                .toList();
        Assertions.assertThat(request).singleElement().satisfies(received -> {
            Assertions.assertThat(received.body()).contains("\"customerId\":\"C-2002\"", "\"category\":\"BILLING\"");
            Assertions.assertThat(received.idempotencyKey()).isNotBlank();
        });
        String reference = (String) runtime.getVariable(escalation.getId(), BILLING_REFERENCE);
        Assertions.assertThat(reference).startsWith("BILL-");
        Assertions.assertThat(timeline.of(caseNumber))
                .filteredOn(update -> update.event() == CaseEvent.FORWARDED_TO_BILLING)
                .singleElement()
                .extracting(StatusUpdate::reason)
                .isEqualTo("Forwarded to the billing system, reference " + reference);
    }

    @Test
    void unreachableBillingSystemBecomesAnIncidentAndAnOperatorRetryForwardsOnce() {
        billingSystem.failWith(503);
        ProcessInstance escalation = handOffToBilling();
        String caseNumber = escalation.getBusinessKey();

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> incidentOf(escalation) != null);
        Incident incident = incidentOf(escalation);
        Assertions.assertThat(incident.getIncidentMessage()).startsWith("Billing system failed: 503");
        Assertions.assertThat(requestsFor(caseNumber)).isEqualTo(3); // first try and two retries
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .doesNotContain(CaseEvent.FORWARDED_TO_BILLING);

        billingSystem.recover();
        externalTasks.setRetries(incident.getConfiguration(), 1);

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        Assertions.assertThat(requestsFor(caseNumber)).isEqualTo(4);
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .containsOnlyOnce(CaseEvent.FORWARDED_TO_BILLING);
    }

    @Test
    void aHandOffDeliveredAgainBecauseTheWorkerDiedBeforeCompletingItIsRecordedOnce() {
        String dyingWorker = "billing-worker-that-dies";
        worker.stop();
        ProcessInstance escalation;
        String delivered;
        try {
            escalation = handOffToBilling();
            delivered = externalTasks
                    .fetchAndLock(1, dyingWorker)
                    .topic(CustomerEscalationProcess.BILLING_HANDOFF_TOPIC, 1_000)
                    .execute()
                    .get(0)
                    .getId();
            // the billing system answers, and the worker dies before it completes the task
            billingHandoffs.handOff(
                    new BillingHandoffs.Handoff(
                            escalation.getBusinessKey(), "C-2002", "BILLING", "HIGH", "Invoice 4711 charged twice"),
                    delivered);
        } finally {
            worker.start();
        }

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        String caseNumber = escalation.getBusinessKey();
        Assertions.assertThat(billingSystem.requests())
                .filteredOn(request -> request.body().contains(caseNumber))
                .extracting(LocalHttpService.Request::idempotencyKey)
                .hasSize(2)
                .containsOnly(delivered);
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .containsOnlyOnce(CaseEvent.FORWARDED_TO_BILLING);
    }

    // --- helpers

    /** The due date of the current case's timer on that boundary event. */
    private static Instant dueOf(String timerId) {
        return job(timerId).getDuedate().toInstant();
    }

    private static final Map<String, Object> RESOLVED_OUTCOME = Map.of(
            OUTCOME,
            "RESOLVED",
            RESOLUTION_CODE,
            "ANSWERED",
            REASON,
            "Explained the charge",
            RESOLUTION_SUMMARY,
            "We explained the charge.");
    private static final String SUPERVISOR_SLA = "supervisorSla";

    private void assertSupervisorRequestMoves(String taskId, Level level) {
        ProcessInstance escalation = startAt(taskId, level);

        boolean escalated = messages.customerAskedForSupervisor(
                escalation.getBusinessKey(), "Called back, still charged twice", "tier1-agent");
        execute(job());

        Assertions.assertThat(escalated).isTrue();
        assertThat(escalation).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::fromLevel, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.ESCALATED,
                        "tier1-agent",
                        level,
                        "Customer asked for a supervisor: Called back, still charged twice");
    }

    private ProcessInstance assertBreachMoves(String taskId, Level level, String nextTaskId) {
        return assertBreachMoves(taskId, level, nextTaskId, Level.TIER1);
    }

    private ProcessInstance assertBreachMoves(String taskId, Level level, String nextTaskId, Level handOffLevel) {
        ProcessInstance escalation = startAt(taskId, level, handOffLevel);
        assertThat(escalation).isWaitingAt(taskId);

        execute(job(TIMER_SLA_BREACHED));
        execute(job());

        assertThat(escalation).isWaitingAt(nextTaskId);
        Assertions.assertThat(lastUpdateOf(escalation).event()).isEqualTo(CaseEvent.SLA_BREACHED);
        Assertions.assertThat(lastUpdateOf(escalation).fromLevel()).isEqualTo(level);
        return escalation;
    }

    private static Map<String, Object> escalate(String reason) {
        return Map.of(OUTCOME, "ESCALATE", REASON, reason);
    }

    /** Completes the open task as the demo user, with that user's groups and authorizations. */
    private void completeAs(String userId, Map<String, Object> outcome) {
        Task task = task();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        identity.setAuthentication(userId, groups);
        try {
            complete(task, outcome);
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessInstance start(Map<String, Object> data) {
        ProcessInstance escalation = runtime.startProcessInstanceByKey(
                CustomerEscalationProcess.PROCESS_KEY, "ESC-TEST-" + cases.incrementAndGet(), data);
        assertThat(escalation).isWaitingAt(TASK_NOTIFY_CUSTOMER);
        return escalation;
    }

    /** A running case placed directly at a level, with the standard policy SLAs. */
    private ProcessInstance startAt(String taskId, Level level) {
        return startAt(taskId, level, null);
    }

    private ProcessInstance startAt(String taskId, Level level, Level handOffLevel) {
        Map<String, Object> variables = caseData();
        variables.putAll(Map.of(
                DEPARTMENT,
                "NONE",
                "tier1Sla",
                "PT4H",
                "tier2Sla",
                "PT8H",
                "supervisorSla",
                "PT4H",
                "managementSla",
                "PT10H",
                "departmentSla",
                "PT20H",
                LEVEL,
                level.name(),
                TRANSITION,
                2));
        if (handOffLevel != null && level.isDepartment()) {
            variables.put(HAND_OFF_LEVEL, handOffLevel.name());
        }
        variables.putAll(slaClockOf(Duration.parse((String) variables.get(VariableReads.slaVariableOf(level)))));
        String caseNumber = recordOf(variables, level);
        ProcessInstance escalation = runtime.createProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY)
                .businessKey(caseNumber)
                .setVariables(variables)
                .startBeforeActivity(taskId)
                .execute();
        assertThat(escalation).isWaitingAt(taskId);
        runtime.setVariable(
                escalation.getId(), SLA_DUE_AT, job(TIMER_SLA_BREACHED).getDuedate());
        return escalation;
    }

    /** A level's SLA clock in the standard calendar, as a transition starts it. */
    private static Map<String, Object> slaClockOf(Duration target) {
        Map<String, Object> clock = new HashMap<>(Map.of(
                SLA_CALENDAR,
                "standard",
                FIRST_RESPONSE_TARGET,
                "PT15M",
                SLA_TARGET,
                target.toString(),
                SLA_WARNING_AFTER,
                target.multipliedBy(3).dividedBy(4).toString()));
        clock.put(FIRST_RESPONSE_AT, null);
        return clock;
    }

    private static Map<String, Object> caseData(String... overrides) {
        Map<String, Object> data = new HashMap<>(Map.of(
                CUSTOMER_ID, "C-1001",
                CUSTOMER_NAME, "Jane Doe",
                CUSTOMER_EMAIL, "jane.doe@example.com",
                CUSTOMER_PHONE, "+4915112345678",
                DESCRIPTION, "Charged twice for the October invoice",
                CATEGORY, "GENERAL",
                PRIORITY, "NORMAL",
                TRIGGER, "RESOLUTION_DELAYED",
                CUSTOMER_SEGMENT, "STANDARD",
                CHANNEL, "PHONE"));
        for (int i = 0; i < overrides.length; i += 2) {
            data.put(overrides[i], overrides[i + 1]);
        }
        return data;
    }

    /**
     * The record Open case would have kept, for a case a test places past it: the customer and
     * their words are read from it.
     */
    private String recordOf(Map<String, Object> data, Level level) {
        String caseNumber = "ESC-TEST-" + cases.incrementAndGet();
        String email = (String) data.get(CUSTOMER_EMAIL);
        String phone = (String) data.get(CUSTOMER_PHONE);
        records.insert(
                new CaseRecord(
                        caseNumber,
                        (String) data.get(CUSTOMER_ID),
                        (String) data.getOrDefault(CUSTOMER_NAME, "Max Mustermann"),
                        email,
                        phone,
                        ContactChannel.EMAIL.orOtherReaching(email, phone),
                        Channel.PHONE,
                        Category.valueOf((String) data.get(CATEGORY)),
                        Priority.valueOf((String) data.get(PRIORITY)),
                        Trigger.COMPLEX_ISSUE,
                        CustomerSegment.STANDARD,
                        (String) data.get(DESCRIPTION),
                        null,
                        CaseStatus.OPEN,
                        level,
                        null,
                        Instant.now(),
                        null,
                        null,
                        Language.EN,
                        false),
                null);
        return caseNumber;
    }

    private ProcessInstance handOffToBilling() {
        Map<String, Object> billingCase = Map.of(
                CUSTOMER_ID, "C-2002",
                CUSTOMER_EMAIL, "max@example.com",
                CATEGORY, "BILLING",
                PRIORITY, "HIGH",
                DESCRIPTION, "Invoice 4711 charged twice");
        return runtime.createProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY)
                .businessKey(recordOf(billingCase, Level.BILLING))
                .setVariables(billingCase)
                .setVariables(Map.of(
                        DEPARTMENT, "BILLING", LEVEL, "BILLING", HAND_OFF_LEVEL, "TIER1", "departmentSla", "PT20H"))
                .setVariables(slaClockOf(Duration.ofHours(20)))
                .startBeforeActivity(TASK_HAND_OFF_TO_BILLING)
                .execute();
    }

    private Incident incidentOf(ProcessInstance escalation) {
        return runtime.createIncidentQuery()
                .processInstanceId(escalation.getId())
                .singleResult();
    }

    private long requestsFor(String caseNumber) {
        return billingSystem.requests().stream()
                .filter(request -> request.body().contains(caseNumber))
                .count();
    }

    private boolean isWaitingAt(ProcessInstance escalation, String activityId) {
        return runtime.getActiveActivityIds(escalation.getId()).contains(activityId);
    }

    private List<StatusUpdate> timelineOf(ProcessInstance escalation) {
        return timeline.of(escalation.getBusinessKey());
    }

    private StatusUpdate lastUpdateOf(ProcessInstance escalation) {
        List<StatusUpdate> updates = timelineOf(escalation);
        return updates.get(updates.size() - 1);
    }

    private Instant quotedTimeOfLastMessageTo(ProcessInstance escalation) {
        return jdbc.sql("select expected_response_by from notification_outbox where case_number = ?"
                        + " order by id desc limit 1")
                .param(escalation.getBusinessKey())
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private List<String> outboxOf(ProcessInstance escalation) {
        return jdbc.sql("select event, level from notification_outbox where case_number = ? order by id")
                .param(escalation.getBusinessKey())
                .query((row, n) -> row.getString("event") + ":" + row.getString("level"))
                .list();
    }
}
