package io.escalationdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.escalationdesk.ApplicationSettings;
import io.escalationdesk.DatabaseTest;
import io.escalationdesk.FixedClock;
import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.PhoneNumbers;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.sla.SlaCalendars;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.StaffTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** What each event says on the timeline; a move's record and KPI facts: {@code move.CaseMovesTest}. */
@DatabaseTest
@Import({
    TimelineWriter.class,
    TimelineReader.class,
    CaseRecords.class,
    SlaCalendars.class,
    DatabaseVendor.class,
    Labels.class,
    FixedClock.class,
    ApplicationSettings.class,
    StaffTime.class,
    PhoneNumbers.class
})
class TimelineTest {

    private static final Instant NOW = FixedClock.NOW;
    private static final CaseRef CASE = new CaseRef("ESC-T-1", "process-1");

    @Autowired
    TimelineWriter timeline;

    @Autowired
    TimelineReader updates;

    @Autowired
    CaseRecords records;

    @BeforeEach
    void aCaseWasOpened() {
        records.insert(SampleCases.open(CASE.caseNumber()), CASE.processInstanceId());
    }

    @Test
    void theOpeningSaysFromWhichChannelAndWhy() {
        timeline.opened(CASE, "tier1-agent", Channel.SOCIAL, Trigger.BILLING_DISPUTE);

        assertThat(last())
                .extracting(
                        StatusUpdate::event,
                        StatusUpdate::actor,
                        StatusUpdate::level,
                        StatusUpdate::reason,
                        StatusUpdate::occurredAt,
                        StatusUpdate::processInstanceId)
                .containsExactly(
                        CaseEvent.OPENED,
                        "tier1-agent",
                        null,
                        "Escalated via Social media: Billing dispute",
                        NOW,
                        "process-1");
    }

    @Test
    void routingNamesThePolicysChoice() {
        timeline.routed(
                CASE, EscalationLadder.entry(Level.TIER1), Department.BILLING, true, "Rule_BillingDispute", "standard");

        assertThat(last())
                .extracting(
                        StatusUpdate::event,
                        StatusUpdate::actor,
                        StatusUpdate::fromLevel,
                        StatusUpdate::level,
                        StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.ROUTED,
                        TimelineWriter.SYSTEM,
                        null,
                        Level.TIER1,
                        "Escalation policy: Tier 1 first (Rule_BillingDispute); department for a hand-off: "
                                + "Billing back office; "
                                + "Tier 1 could have handled it");
    }

    @Test
    void aResolutionSaysItsLabelAndTheAgentsNote() {
        var resolved = EscalationLadder.afterOutcome(
                Level.TIER2,
                Outcome.RESOLVED,
                "Explained the charge",
                "We explained the charge",
                Department.NONE,
                null);

        timeline.decided(
                CASE, resolved, "tier2-agent", Outcome.RESOLVED, ResolutionCode.ANSWERED, "Explained the charge");

        assertThat(last().reason()).isEqualTo("Question answered: Explained the charge");
    }

    @Test
    void aSupervisorRequestSaysSoBeforeTheAgentsNote() {
        var toSupervisor = EscalationLadder.afterOutcome(
                Level.TIER1, Outcome.SUPERVISOR_REQUESTED, null, null, Department.NONE, null);

        timeline.decided(CASE, toSupervisor, "tier1-agent", Outcome.SUPERVISOR_REQUESTED, null, "Called back twice");

        assertThat(last())
                .extracting(StatusUpdate::event, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.ESCALATED, Level.SUPERVISOR, "Customer asked for a supervisor: Called back twice");
    }

    @Test
    void aBreachAtTheTopSaysTheCaseStaysWithANewSla() {
        timeline.slaBreached(
                CASE,
                EscalationLadder.afterSlaBreach(Level.MANAGEMENT, null),
                Duration.ofHours(10),
                Duration.ofMinutes(95));

        assertThat(last().reason())
                .isEqualTo("Management SLA of 10 h breached, 1 h 35 min late in "
                        + "business time; stays with Management with a new SLA");
    }

    @Test
    void aWarningSaysHowMuchBusinessTimeIsLeftInTheStaffsZone() {
        timeline.slaWarning(
                CASE,
                Level.TIER1,
                0.75,
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                NOW.plusSeconds(900).atZone(ZoneId.of("America/New_York")));

        assertThat(last())
                .extracting(StatusUpdate::event, StatusUpdate::fromLevel, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.SLA_WARNING,
                        Level.TIER1,
                        Level.TIER1,
                        "75% of the Tier 1 SLA of 1 h used; 15 min of business time left until "
                                + "30 Nov 2026, 09:30 CET");
        assertThat(record().level()).isEqualTo(Level.TIER1);
    }

    @Test
    void aContactOnAClosedCaseNamesTheFollowUpCase() {
        timeline.customerContacted(
                CASE, Level.CLOSED, "tier1-agent", Channel.PHONE, true, "Charged a third time", "ESC-T-2");

        assertThat(last().reason())
                .isEqualTo("Phone, asked for a supervisor: Charged a third time; follow-up case ESC-T-2 opened");
    }

    @Test
    void aDeliveryReportNamesTheChannelTheMaskedRecipientAndWhatItWasAbout() {
        timeline.messageDelivered(
                CASE.caseNumber(),
                new TimelineWriter.Message(
                        ContactChannel.EMAIL, "t***@example.com", CaseEvent.SLA_WARNING, Level.TIER1),
                true,
                "SMTP mail.example.com");
        timeline.forwardedToBilling(CASE, Optional.empty(), false);

        assertThat(updates.of(CASE.caseNumber()))
                .extracting(StatusUpdate::event, StatusUpdate::reason)
                .containsExactly(
                        tuple(
                                CaseEvent.SUPERVISOR_NOTIFIED,
                                "Email to t***@example.com about SLA warning: SMTP mail.example.com"),
                        tuple(
                                CaseEvent.FORWARDED_TO_BILLING,
                                "No billing system configured; the billing back office works the case in its "
                                        + "queue"));
    }

    @Test
    void preferencesSayTheChannelAndLanguageByTheirNames() {
        timeline.preferencesChanged(
                CASE.caseNumber(), Level.TIER1, "tier1-agent", ContactChannel.SMS, Language.DE, true);

        assertThat(last().reason()).isEqualTo("Messages by SMS in German; the customer opted out of messages");
    }

    @Test
    void aLongNoteIsShortenedToFitTheTimeline() {
        timeline.informationRequested(CASE, Level.TIER1, "tier1-agent", "x".repeat(2000), Duration.ofMinutes(40));

        assertThat(last().reason()).hasSize(2000).endsWith("…");
    }

    @Test
    void theTaskFormReadsAnUpdateInOneLine() {
        timeline.routed(
                CASE,
                EscalationLadder.entry(Level.TIER2),
                Department.NONE,
                false,
                "Rule_OtherComplexIssueAtPartner",
                "standard");

        assertThat(timeline.summary(last()))
                .isEqualTo("Routed by system: Escalation policy: Tier 2 first (Rule_OtherComplexIssueAtPartner)");
    }

    @Test
    void aPartnersStayIsThePartnersOnEveryUpdateAboutItsLevelAndInTheTaskFormsLine() {
        // the move sets the partner that has the case at the level it routes the case to
        records.moveTo(CASE.caseNumber(), Level.TIER2, NOW);
        records.heldBy(CASE.caseNumber(), "acme");
        timeline.routed(
                CASE,
                EscalationLadder.entry(Level.TIER2),
                Department.NONE,
                false,
                "Rule_OtherComplexIssueAtPartner",
                "standard");
        StatusUpdate routed = last();
        timeline.slaWarning(
                CASE,
                Level.TIER2,
                0.75,
                Duration.ofHours(4),
                Duration.ofHours(1),
                NOW.plusSeconds(3600).atZone(ZoneId.of("Europe/Berlin")));
        StatusUpdate warned = last();
        timeline.messageDelivered(
                CASE.caseNumber(),
                new TimelineWriter.Message(ContactChannel.EMAIL, "j***@example.com", CaseEvent.OPENED, Level.TIER1),
                false,
                "SMTP mail.example.com");
        StatusUpdate aboutAnotherLevel = last();

        assertThat(List.of(routed, warned, aboutAnotherLevel))
                .extracting(StatusUpdate::partner)
                .containsExactly("acme", "acme", null);
        assertThat(timeline.summary(routed))
                .isEqualTo("Routed to Acme Customer Services (partner) by system: Escalation policy: Tier 2 first "
                        + "(Rule_OtherComplexIssueAtPartner)");
        assertThat(timeline.summary(warned))
                .startsWith("SLA warning at Acme Customer Services " + "(partner) by system: 75% of the Tier 2 SLA");
    }

    @Test
    void aCaseThatLeftThePartnerIsOurOwnAgain() {
        records.moveTo(CASE.caseNumber(), Level.TIER2, NOW);
        records.heldBy(CASE.caseNumber(), "acme");
        timeline.routed(
                CASE,
                EscalationLadder.entry(Level.TIER2),
                Department.NONE,
                false,
                "Rule_OtherComplexIssueAtPartner",
                "standard");
        records.moveTo(CASE.caseNumber(), Level.SUPERVISOR, NOW);
        records.heldBy(CASE.caseNumber(), null);
        timeline.decided(
                CASE,
                EscalationLadder.afterOutcome(
                        Level.TIER2, Outcome.ESCALATE, "Needs a supervisor", null, Department.NONE, null),
                "acme-agent",
                Outcome.ESCALATE,
                null,
                "Needs a supervisor");

        assertThat(last())
                .extracting(StatusUpdate::level, StatusUpdate::partner)
                .containsExactly(Level.SUPERVISOR, null);
        assertThat(timeline.summary(last())).isEqualTo("Escalated by acme-agent: Needs a supervisor");
    }

    private StatusUpdate last() {
        List<StatusUpdate> all = updates.of(CASE.caseNumber());
        return all.get(all.size() - 1);
    }

    private CaseRecord record() {
        return records.find(CASE.caseNumber()).orElseThrow();
    }
}
