package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineTime;
import io.escalationdesk.LocalHttpService;
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
import io.escalationdesk.engine.delegate.VariableReads;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.intake.EscalationProcess;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the process tests of CustomerEscalation.bpmn share: a case started as intake starts it
 * or placed directly at a level, a task completed as a demo user, and what the case left behind
 * (timeline, outbox). Jobs (the notification step and the SLA timers) are executed explicitly;
 * the billing hand-off runs through the app's real external-task worker over its own REST API,
 * against a billing system on a local port. Together the {@code CustomerEscalation*ProcessTest}
 * classes walk every path of the diagram; {@link ProcessCoverageTest} adds their reports up.
 */
abstract class CustomerEscalationProcessTestSupport {

    static final AtomicInteger cases = new AtomicInteger();
    static final Duration WORKER_PATIENCE = Duration.ofSeconds(30);

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
    EscalationProcess messages;

    @Autowired
    CaseRecords records;

    final LocalHttpService billingSystem = LocalHttpService.BILLING;

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

    static final Map<String, Object> RESOLVED_OUTCOME = Map.of(
            OUTCOME,
            "RESOLVED",
            RESOLUTION_CODE,
            "ANSWERED",
            REASON,
            "Explained the charge",
            RESOLUTION_SUMMARY,
            "We explained the charge.");

    ProcessInstance start(Map<String, Object> data) {
        ProcessInstance escalation = runtime.startProcessInstanceByKey(
                CustomerEscalationProcess.PROCESS_KEY, "ESC-TEST-" + cases.incrementAndGet(), data);
        assertThat(escalation).isWaitingAt(TASK_NOTIFY_CUSTOMER);
        return escalation;
    }

    /** A running case placed directly at a level, with the standard policy SLAs. */
    ProcessInstance startAt(String taskId, Level level) {
        return startAt(taskId, level, null);
    }

    ProcessInstance startAt(String taskId, Level level, Level handOffLevel) {
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

    /** Completes the open task as the demo user, with that user's groups and authorizations. */
    void completeAs(String userId, Map<String, Object> outcome) {
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

    static Map<String, Object> escalate(String reason) {
        return Map.of(OUTCOME, "ESCALATE", REASON, reason);
    }

    static Map<String, Object> caseData(String... overrides) {
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
    String recordOf(Map<String, Object> data, Level level) {
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

    /** A level's SLA clock in the standard calendar, as a transition starts it. */
    static Map<String, Object> slaClockOf(Duration target) {
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

    /** The due date of the current case's timer on that boundary event. */
    static Instant dueOf(String timerId) {
        return job(timerId).getDuedate().toInstant();
    }

    List<StatusUpdate> timelineOf(ProcessInstance escalation) {
        return timeline.of(escalation.getBusinessKey());
    }

    StatusUpdate lastUpdateOf(ProcessInstance escalation) {
        List<StatusUpdate> updates = timelineOf(escalation);
        return updates.get(updates.size() - 1);
    }

    List<String> outboxOf(ProcessInstance escalation) {
        return jdbc.sql("select event, level from notification_outbox where case_number = ? order by id")
                .param(escalation.getBusinessKey())
                .query((row, n) -> row.getString("event") + ":" + row.getString("level"))
                .list();
    }

    boolean isWaitingAt(ProcessInstance escalation, String activityId) {
        return runtime.getActiveActivityIds(escalation.getId()).contains(activityId);
    }

    long requestsFor(String caseNumber) {
        return billingSystem.requests().stream()
                .filter(request -> request.body().contains(caseNumber))
                .count();
    }
}
