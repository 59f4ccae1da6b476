package io.escalationdesk.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.InvalidOutcomeException;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A move decided by the ladder and written once: record, KPI facts, timeline. */
class CaseMovesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final CaseRef CASE = new CaseRef("ESC-M-1", "process-1");

    private final CaseRecords records = mock(CaseRecords.class);
    private final CaseFacts facts = mock(CaseFacts.class);
    private final TimelineWriter timeline = mock(TimelineWriter.class);
    private final Partners partners =
            new Partners(Map.of("acme", new Partners.Team("Acme Customer Services", Set.of(Level.TIER1))));
    private final CaseMoves moves = new CaseMoves(records, facts, timeline, partners, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void routingMovesTheRecordToTheEntryLevelBeforeTheTimelineSaysSo() {
        Move move = moves.route(at(null, null, null), Level.TIER1, true, "Rule_BillingDispute", "standard");

        assertThat(move.transition().to()).isEqualTo(Level.TIER1);
        var order = inOrder(facts, records, timeline);
        order.verify(facts).routed(CASE.caseNumber(), Level.TIER1, true, "Rule_BillingDispute", "standard");
        order.verify(records).moveTo(CASE.caseNumber(), Level.TIER1, NOW);
        order.verify(facts).entered(CASE.caseNumber(), Level.TIER1, CaseEvent.ROUTED, NOW);
        order.verify(timeline)
                .routed(CASE, move.transition(), Department.NONE, true, "Rule_BillingDispute", "standard");
        verify(facts, never()).left(anyString(), any(), anyString(), any());
    }

    @Test
    void thePartnerThePolicyChoseHasTheCaseAtALevelItServesAndOnlyThere() {
        Move atTier1 =
                moves.route(at(null, "acme", null), Level.TIER1, false, "Rule_OtherComplexIssueAtPartner", "standard");
        Move atTier2 = moves.decide(
                at(Level.TIER1, "acme", "acme"), "acme-agent", new Decision(Outcome.ESCALATE, null, "Stuck", null));

        assertThat(atTier1.partner()).isEqualTo("acme");
        assertThat(atTier2.partner()).isNull();
        verify(records).heldBy(CASE.caseNumber(), "acme");
        verify(records).heldBy(CASE.caseNumber(), null);
    }

    @Test
    void aResolutionClosesTheCaseAndCountsItsResolution() {
        Move move = moves.decide(
                at(Level.TIER2, null, null),
                "tier2-agent",
                new Decision(Outcome.RESOLVED, ResolutionCode.ANSWERED, "Explained", "We explained the charge"));

        assertThat(move.transition().to()).isEqualTo(Level.CLOSED);
        verify(records).moveTo(CASE.caseNumber(), Level.CLOSED, NOW);
        verify(records).noteResolution(CASE.caseNumber(), "We explained the charge");
        verify(facts).left(CASE.caseNumber(), move.transition(), "tier2-agent", NOW);
        verify(facts, never()).entered(anyString(), eq(Level.CLOSED), any(), any());
        verify(facts).closed(CASE.caseNumber(), CaseEvent.RESOLVED, Level.TIER2, ResolutionCode.ANSWERED, NOW);
    }

    @Test
    void anOutcomeTheLevelDoesNotAllowWritesNothing() {
        assertThatThrownBy(() -> moves.decide(
                        at(Level.MANAGEMENT, null, null),
                        "manager",
                        new Decision(Outcome.ESCALATE, null, "Higher", null)))
                .isInstanceOf(InvalidOutcomeException.class);

        verify(records, never()).moveTo(anyString(), any(), any());
        verify(records, never()).noteResolution(anyString(), any());
        verify(timeline, never()).decided(any(), any(), anyString(), any(), any(), any());
    }

    @Test
    void aBreachIsCountedAndEscalatesAsTheSystem() {
        Move move = moves.breachSla(at(Level.TIER1, null, null), Duration.ofHours(1), Duration.ofMinutes(5));

        assertThat(move.transition().to()).isEqualTo(Level.TIER2);
        verify(facts).breached(CASE.caseNumber());
        verify(facts).left(CASE.caseNumber(), move.transition(), TimelineWriter.SYSTEM, NOW);
        verify(timeline).slaBreached(CASE, move.transition(), Duration.ofHours(1), Duration.ofMinutes(5));
    }

    @Test
    void noReplyClosesTheCaseUnresolved() {
        Move move = moves.closeUnresolved(at(Level.TIER1, null, null));

        assertThat(move.transition().to()).isEqualTo(Level.CLOSED);
        verify(facts).closed(CASE.caseNumber(), CaseEvent.UNRESOLVED_NO_REPLY, Level.TIER1, null, NOW);
    }

    private static CaseAt at(Level level, String policyPartner, String heldByPartner) {
        return new CaseAt(CASE, level, null, Department.NONE, policyPartner, heldByPartner);
    }
}
