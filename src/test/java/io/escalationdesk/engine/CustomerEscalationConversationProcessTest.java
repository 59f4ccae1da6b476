package io.escalationdesk.engine;

import static io.escalationdesk.EngineTime.berlin;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.conversation.CustomerMessages;
import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.InboundMessage;
import io.escalationdesk.conversation.ThreadTokens;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.StatusUpdate;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conversation with the customer in CustomerEscalation.bpmn: waiting for the customer's
 * information stops the SLA clock (reply, reminder, closing unresolved), the outbound team's
 * call-backs, the customer's mails and the agent's message.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationConversationProcessTest extends CustomerEscalationProcessTestSupport {

    @Autowired
    CustomerMessages customerMessages;

    @Autowired
    ThreadTokens tokens;

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

    /** A Tier 1 case due Friday 18:00; at 17:20 the agent asks the customer for the invoice. */
    private ProcessInstance waitingForTheCustomerSinceFriday1720() {
        EngineTime.setToBerlin("2026-11-27T17:00");
        ProcessInstance escalation = start(caseData());
        execute(job());
        EngineTime.setToBerlin("2026-11-27T17:20");
        completeAs("tier1-agent", Map.of(OUTCOME, "INFORMATION_REQUESTED", REASON, "Send the invoice number"));
        return escalation;
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

    private Instant quotedTimeOfLastMessageTo(ProcessInstance escalation) {
        return jdbc.sql("select expected_response_by from notification_outbox where case_number = ?"
                        + " order by id desc limit 1")
                .param(escalation.getBusinessKey())
                .query(Timestamp.class)
                .single()
                .toInstant();
    }
}
