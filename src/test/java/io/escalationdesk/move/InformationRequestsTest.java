package io.escalationdesk.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.OutboundProperties;
import io.escalationdesk.move.InformationRequests.AskBy;
import io.escalationdesk.move.InformationRequests.Calls;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Asking the customer, calling them, and the end of the wait. */
class InformationRequestsTest {

    private static final CaseRef CASE = new CaseRef("ESC-I-1", "process-1");
    private static final Duration LEFT = Duration.ofMinutes(40);
    private static final Calls CALLS = new Calls(3, Duration.ofHours(2));

    private final CaseRecords records = mock(CaseRecords.class);
    private final CaseFacts facts = mock(CaseFacts.class);
    private final TimelineWriter timeline = mock(TimelineWriter.class);
    private final InformationRequests requests =
            new InformationRequests(records, new OutboundProperties(3, Duration.ofHours(2)), facts, timeline);

    @Test
    void byMessageTheAnswerComesBackToTheAgentWhoAsked() {
        var request = requests.ask(CASE, Level.TIER1, "tina", "The invoice number", false, LEFT);

        assertThat(request)
                .isEqualTo(new InformationRequests.Request(AskBy.MESSAGE, "The invoice number", "tina", null));
        verify(timeline).informationRequested(CASE, Level.TIER1, "tina", "The invoice number", LEFT);
    }

    @Test
    void byPhoneTheOutboundDepartmentCallsAsOftenAsConfigured() {
        when(records.find(CASE.caseNumber())).thenReturn(Optional.of(SampleCases.open(CASE.caseNumber())));

        var request = requests.ask(CASE, Level.TIER1, "tina", "The invoice number", true, LEFT);

        assertThat(request.askBy()).isEqualTo(AskBy.PHONE);
        assertThat(request.calls()).isEqualTo(CALLS);
    }

    @ParameterizedTest(name = "needed \"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void theAgentSaysWhatTheCustomerShouldSend(String needed) {
        assertThatThrownBy(() -> requests.ask(CASE, Level.TIER1, "tina", needed, false, LEFT))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("reason: ");
        verify(timeline, never()).informationRequested(any(), any(), anyString(), any(), any());
    }

    @Test
    void aCaseWithoutAPhoneNumberIsNotCalled() {
        when(records.find(CASE.caseNumber()))
                .thenReturn(Optional.of(SampleCases.open(
                        CASE.caseNumber(),
                        null,
                        Level.TIER1,
                        null,
                        null,
                        "",
                        SampleCases.open("x").openedAt())));

        assertThatThrownBy(() -> requests.ask(CASE, Level.TIER1, "tina", "The invoice number", true, LEFT))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("callCustomer: the case has no phone number to call");
    }

    @Test
    void everyCallCountsAndNoAnswerNeedsNoNote() {
        int call = requests.called(CASE, Level.TIER1, "olga", CallOutcome.NO_ANSWER, null, 1, CALLS, "tina");

        assertThat(call).isEqualTo(2);
        verify(timeline)
                .customerCalled(
                        CASE, Level.TIER1, "olga", CallOutcome.NO_ANSWER, null, 2, 3, Duration.ofHours(2), "tina");
    }

    @ParameterizedTest(name = "{0} without a note is refused")
    @EnumSource(
            value = CallOutcome.class,
            names = {"REACHED", "WRONG_NUMBER"})
    void aCallThatReachedSomeoneSaysWhatCameOfIt(CallOutcome outcome) {
        assertThatThrownBy(() -> requests.called(CASE, Level.TIER1, "olga", outcome, " ", 0, CALLS, "tina"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("callNote: ");
    }

    @Test
    void aWrongNumberEndsTheWaitWithoutAReplyAndThePauseCountsAgainstNoSla() {
        ZonedDateTime due = ZonedDateTime.parse("2026-11-30T10:00:00+01:00[Europe/Berlin]");

        requests.ended(CASE, Level.TIER1, "olga", Duration.ofHours(3), due, CallOutcome.WRONG_NUMBER);
        requests.ended(CASE, Level.TIER1, "system", Duration.ofHours(1), due, null);

        verify(facts).paused(CASE.caseNumber(), Duration.ofHours(3));
        verify(timeline).slaResumed(CASE, Level.TIER1, "olga", Duration.ofHours(3), due, false);
        verify(timeline).slaResumed(CASE, Level.TIER1, "system", Duration.ofHours(1), due, true);
    }
}
