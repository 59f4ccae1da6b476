package io.escalationdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EscalationLadderTest {

    @ParameterizedTest(name = "{0} {1} -> {3} {4}")
    @CsvSource(textBlock = """
      # level,    outcome,  handOffLevel, event,      to
      TIER1,      RESOLVED, ,             RESOLVED,   CLOSED
      TIER1,      ESCALATE, ,             ESCALATED,  TIER2
      TIER2,      ESCALATE, ,             ESCALATED,  SUPERVISOR
      SUPERVISOR, ESCALATE, ,             ESCALATED,  MANAGEMENT
      TIER2,      HAND_OFF, ,             HANDED_OFF, BILLING
      BILLING,    RETURN,   SUPERVISOR,   RETURNED,   SUPERVISOR
      BILLING,    RESOLVED, TIER1,        RESOLVED,   CLOSED
      TIER1,      SUPERVISOR_REQUESTED, , ESCALATED, SUPERVISOR
      TIER2,      SUPERVISOR_REQUESTED, , ESCALATED, SUPERVISOR
      """)
    void outcomesMoveTheCase(Level level, Outcome outcome, Level handOffLevel, CaseEvent event, Level to) {
        Transition transition =
                EscalationLadder.afterOutcome(level, outcome, "because", "done", Department.BILLING, handOffLevel);

        assertThat(transition.event()).isEqualTo(event);
        assertThat(transition.from()).isEqualTo(level);
        assertThat(transition.to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} {1} refused: {2}")
    @CsvSource(textBlock = """
      # level,    outcome,  field
      MANAGEMENT, ESCALATE, outcome
      BILLING,    ESCALATE, outcome
      TECHNICAL,  HAND_OFF, outcome
      TIER1,      RETURN,   outcome
      SUPERVISOR, SUPERVISOR_REQUESTED, outcome
      BILLING,    SUPERVISOR_REQUESTED, outcome
      """)
    void outcomesALevelDoesNotAllowAreRefused(Level level, Outcome outcome, String field) {
        assertThatThrownBy(() -> EscalationLadder.afterOutcome(
                        level, outcome, "because", "done", Department.BILLING, Level.TIER1))
                .isInstanceOfSatisfying(
                        InvalidOutcomeException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "resolving with summary \"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void resolvingNeedsWordsForTheCustomer(String summary) {
        assertThatThrownBy(() -> EscalationLadder.afterOutcome(
                        Level.TIER1, Outcome.RESOLVED, "note", summary, Department.NONE, null))
                .isInstanceOfSatisfying(
                        InvalidOutcomeException.class,
                        e -> assertThat(e.field()).isEqualTo("resolutionSummary"));
    }

    @ParameterizedTest(name = "{0} breach (handed off by {1}) -> {2}")
    @CsvSource(textBlock = """
      # level,    handOffLevel, to
      TIER1,      ,             TIER2
      TIER2,      ,             SUPERVISOR
      SUPERVISOR, ,             MANAGEMENT
      MANAGEMENT, ,             MANAGEMENT
      BILLING,    TIER1,        TIER2
      TECHNICAL,  SUPERVISOR,   MANAGEMENT
      """)
    void slaBreachEscalatesOneRungAboveWhoeverOwnsTheCase(Level level, Level handOffLevel, Level to) {
        Transition transition = EscalationLadder.afterSlaBreach(level, handOffLevel);

        assertThat(transition.event()).isEqualTo(CaseEvent.SLA_BREACHED);
        assertThat(transition.from()).isEqualTo(level);
        assertThat(transition.to()).isEqualTo(to);
        assertThat(transition.handOffLevel()).isNull();
    }

    /** A task form offers exactly the outcomes the routing accepts, at every level. */
    @ParameterizedTest(name = "{0} with department {1}")
    @CsvSource(textBlock = """
      TIER1, NONE
      TIER1, BILLING
      TIER2, TECHNICAL
      SUPERVISOR, NONE
      SUPERVISOR, BILLING
      MANAGEMENT, NONE
      MANAGEMENT, TECHNICAL
      BILLING, BILLING
      TECHNICAL, TECHNICAL
      """)
    void theOfferedOutcomesAreTheAcceptedOnes(Level level, Department department) {
        for (Outcome outcome : Outcome.values()) {
            boolean offered = EscalationLadder.outcomesAt(level, department).contains(outcome);
            if (outcome == Outcome.INFORMATION_REQUESTED
                    || outcome == Outcome.ASK_EXPERT
                    || outcome == Outcome.GRANT_GOODWILL) {
                // keeps the case with its level or its agent, no move: every level may
                assertThat(offered).as(outcome.name()).isTrue();
                continue;
            }
            boolean accepted;
            try {
                EscalationLadder.afterOutcome(level, outcome, "because", "done", department, Level.TIER1);
                accepted = true;
            } catch (InvalidOutcomeException refused) {
                accepted = false;
            }
            assertThat(offered).as(outcome.name()).isEqualTo(accepted);
        }
    }

    @ParameterizedTest(name = "{0} keeps the case with the agent: {1}")
    @CsvSource(textBlock = """
      RESOLVED,              false
      ESCALATE,              false
      HAND_OFF,              false
      RETURN,                false
      SUPERVISOR_REQUESTED,  false
      INFORMATION_REQUESTED, false
      ASK_EXPERT,            true
      GRANT_GOODWILL,        true
      """)
    void theAgentKeepsTheCaseWhenAskingForHelp(Outcome outcome, boolean keeps) {
        assertThat(EscalationLadder.keepsCase(outcome, null)).isEqualTo(keeps);
    }

    @ParameterizedTest(name = "a lesson with {0} is taken")
    @EnumSource(
            value = Outcome.class,
            names = {"RESOLVED", "RETURN"})
    void aLessonComesWithAResolutionOrAReturn(Outcome outcome) {
        assertThat(EscalationLadder.keepsCase(outcome, "A knowledge article would have helped"))
                .isFalse();
    }

    @ParameterizedTest(name = "a lesson with {0} is refused")
    @EnumSource(
            value = Outcome.class,
            names = {"RESOLVED", "RETURN"},
            mode = EnumSource.Mode.EXCLUDE)
    void aLessonWithAnyOtherOutcomeIsRefusedNamingTheField(Outcome outcome) {
        assertThat(EscalationLadder.keepsCase(outcome, " ")).isEqualTo(outcome.keepsCase());
        assertThatThrownBy(() -> EscalationLadder.keepsCase(outcome, "Tier 1 could refund this"))
                .isInstanceOfSatisfying(
                        InvalidOutcomeException.class,
                        e -> assertThat(e.field()).isEqualTo("lesson"));
    }
}
