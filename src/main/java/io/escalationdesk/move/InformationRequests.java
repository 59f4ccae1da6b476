package io.escalationdesk.move;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.OutboundProperties;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;

/**
 * An agent asks the customer for information and the case waits at its level, its SLA clock
 * stopped: by message, or by the outbound department's calls when the agent chose that. The
 * reply, or the end of the calls, gives the case back to the agent who asked.
 */
@Service
public class InformationRequests {

    /** How the customer is asked. */
    public enum AskBy {
        MESSAGE,
        PHONE
    }

    /**
     * What the wait needs to know.
     *
     * @param needed what the customer should send, as the agent wrote it
     * @param askedBy who gets the case back with the reply
     * @param calls the outbound department's calls; none when the customer is asked by message
     */
    public record Request(AskBy askBy, String needed, String askedBy, Calls calls) {}

    /** At most {@code attempts} calls, {@code retryAfter} business time apart. */
    public record Calls(int attempts, Duration retryAfter) {}

    private final CaseRecords records;
    private final OutboundProperties outbound;
    private final CaseFacts facts;
    private final TimelineWriter timeline;

    InformationRequests(CaseRecords records, OutboundProperties outbound, CaseFacts facts, TimelineWriter timeline) {
        this.records = records;
        this.outbound = outbound;
        this.facts = facts;
        this.timeline = timeline;
    }

    /**
     * @param left business time left of the level's SLA, now that its clock stopped
     * @throws InvalidFieldException without what is needed, or for a call to a case without a phone
     */
    public Request ask(CaseRef ref, Level level, String actor, String needed, boolean byPhone, Duration left) {
        if (needed == null || needed.isBlank()) {
            throw new InvalidFieldException(
                    "reason", "Say what the customer should send; it goes on the case timeline");
        }
        if (byPhone && records.find(ref.caseNumber()).orElseThrow().customerPhone() == null) {
            throw new InvalidFieldException("callCustomer", "the case has no phone number to call");
        }
        timeline.informationRequested(ref, level, actor, needed, left);
        return byPhone
                ? new Request(AskBy.PHONE, needed, actor, new Calls(outbound.maxAttempts(), outbound.retryAfter()))
                : new Request(AskBy.MESSAGE, needed, actor, null);
    }

    /**
     * A call to the customer, counted. Reached, the answer is noted and the wait ends; a wrong
     * number ends it too, the case going back to the agent who asked; no answer counts an attempt.
     *
     * @param callsBefore the calls made before this one
     * @return this call's number
     * @throws InvalidFieldException for a call that reached someone without a note of what was said
     */
    public int called(
            CaseRef ref,
            Level level,
            String actor,
            CallOutcome outcome,
            String note,
            int callsBefore,
            Calls calls,
            String askedBy) {
        if (outcome != CallOutcome.NO_ANSWER && (note == null || note.isBlank())) {
            throw new InvalidFieldException(
                    "callNote",
                    outcome == CallOutcome.REACHED ? "note what the customer answered" : "note what happened");
        }
        int call = callsBefore + 1;
        timeline.customerCalled(ref, level, actor, outcome, note, call, calls.attempts(), calls.retryAfter(), askedBy);
        return call;
    }

    /**
     * The wait is over: the customer replied, or the calls ended (reached, or a wrong number). The
     * time it stood still counts against no SLA.
     *
     * @param lastCall what came of the last call; none when the customer was asked by message
     */
    public void ended(
            CaseRef ref, Level level, String actor, Duration paused, ZonedDateTime due, CallOutcome lastCall) {
        facts.paused(ref.caseNumber(), paused);
        timeline.slaResumed(ref, level, actor, paused, due, lastCall != CallOutcome.WRONG_NUMBER);
    }
}
