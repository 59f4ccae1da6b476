package io.escalationdesk.move;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.InvalidOutcomeException;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * A case's moves from level to level: the ladder decides where it goes, and each move is written
 * here, in one step, to the case record (its level, the partner team that has it), the timeline
 * and the KPI facts. The events of a stay that the KPIs count are written here too.
 */
@Service
public class CaseMoves {

    private final CaseRecords records;
    private final CaseFacts facts;
    private final TimelineWriter timeline;
    private final Partners partners;
    private final Clock clock;

    CaseMoves(CaseRecords records, CaseFacts facts, TimelineWriter timeline, Partners partners, Clock clock) {
        this.records = records;
        this.facts = facts;
        this.timeline = timeline;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * A new case goes to the entry level the escalation policy chose.
     *
     * @param policyRule the id of the policy's rule that matched; none when it is not known
     * @param calendar the business calendar the case's SLAs run in
     */
    public Move route(CaseAt at, Level entryLevel, boolean avoidable, String policyRule, String calendar) {
        Transition transition = EscalationLadder.entry(entryLevel);
        facts.routed(at.ref().caseNumber(), entryLevel, avoidable, policyRule, calendar);
        Move move = moved(at, TimelineWriter.SYSTEM, transition);
        timeline.routed(at.ref(), transition, at.department(), avoidable, policyRule, calendar);
        return move;
    }

    /** @throws InvalidOutcomeException for an outcome the case's level does not allow */
    public Move decide(CaseAt at, String actor, Decision decision) {
        Transition transition = EscalationLadder.afterOutcome(
                at.level(),
                decision.outcome(),
                decision.reason(),
                decision.summary(),
                at.department(),
                at.handOffLevel());
        Move move = moved(at, actor, transition);
        timeline.decided(at.ref(), transition, actor, decision.outcome(), decision.resolution(), decision.reason());
        if (decision.outcome() == Outcome.RESOLVED) {
            records.noteResolution(at.ref().caseNumber(), decision.summary());
            facts.closed(
                    at.ref().caseNumber(),
                    CaseEvent.RESOLVED,
                    transition.from(),
                    decision.resolution(),
                    clock.instant());
        }
        return move;
    }

    /** The level's SLA ran out, {@code lateBy} ago in business time: the system escalates. */
    public Move breachSla(CaseAt at, Duration target, Duration lateBy) {
        Transition transition = EscalationLadder.afterSlaBreach(at.level(), at.handOffLevel());
        facts.breached(at.ref().caseNumber());
        Move move = moved(at, TimelineWriter.SYSTEM, transition);
        timeline.slaBreached(at.ref(), transition, target, lateBy);
        return move;
    }

    /** No reply to the information request or the reminder: the case closes unresolved. */
    public Move closeUnresolved(CaseAt at) {
        Transition transition = EscalationLadder.closedUnresolved(at.level());
        Move move = moved(at, TimelineWriter.SYSTEM, transition);
        timeline.closedUnresolved(at.ref(), transition);
        facts.closed(at.ref().caseNumber(), CaseEvent.UNRESOLVED_NO_REPLY, transition.from(), null, clock.instant());
        return move;
    }

    // --- events of a stay that the KPIs count

    /** @param share of the SLA used */
    public void slaWarned(CaseRef ref, Level level, double share, Duration target, Duration left, ZonedDateTime due) {
        facts.warned(ref.caseNumber());
        timeline.slaWarning(ref, level, share, target, left, due);
    }

    public void firstResponseMissed(CaseRef ref, Level level, Duration target, ZonedDateTime due) {
        facts.firstResponseMissed(ref.caseNumber());
        timeline.firstResponseMissed(ref, level, target, due);
    }

    /**
     * The record first, the timeline last: the status update takes the partner that has the case
     * from the record, and the stay that begins takes it too.
     */
    private Move moved(CaseAt at, String actor, Transition transition) {
        String caseNumber = at.ref().caseNumber();
        Instant now = clock.instant();
        records.moveTo(caseNumber, transition.to(), now);
        String partner = partners.holding(at.policyPartner(), transition.to()).orElse(null);
        // the record changes only when the partner does: most cases never have one
        if (!Objects.equals(partner, at.heldByPartner())) {
            records.heldBy(caseNumber, partner);
        }
        if (transition.from() != null) {
            facts.left(caseNumber, transition, actor, now);
        }
        if (transition.to() != Level.CLOSED) {
            facts.entered(caseNumber, transition.to(), transition.event(), now);
        }
        return new Move(transition, partner);
    }
}
