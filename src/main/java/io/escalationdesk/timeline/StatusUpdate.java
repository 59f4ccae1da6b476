package io.escalationdesk.timeline;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.time.Instant;

/**
 * One entry of a case's timeline.
 *
 * @param actor the user id of the person who acted, or {@code system} for timers and workers
 * @param fromLevel where the case was before, {@code null} when it was just opened
 * @param level where the case is after the event, {@code null} before it is routed
 * @param partner the partner team that had the case at {@code level} when the update was
 *     written; none when the level's own team had it
 */
public record StatusUpdate(
        String caseNumber,
        Instant occurredAt,
        String actor,
        CaseEvent event,
        Level fromLevel,
        Level level,
        String partner,
        String reason,
        String processInstanceId) {}
