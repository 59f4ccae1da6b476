package io.escalationdesk.consult;

import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import java.time.Instant;

/**
 * A question an agent asked an expert group without handing the case over.
 *
 * @param askedLevel the level the case was at when the agent asked
 * @param endedAs none while the question is open
 */
public record Consult(
        long id,
        String caseNumber,
        Instant askedAt,
        String askedBy,
        Level askedLevel,
        ExpertGroup expertGroup,
        String question,
        Instant endedAt,
        Ending endedAs,
        String answeredBy,
        String answer) {

    /** How a question ended. */
    public enum Ending {
        ANSWERED,
        TIMED_OUT,
        CANCELLED
    }
}
