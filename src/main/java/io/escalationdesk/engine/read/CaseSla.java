package io.escalationdesk.engine.read;

import io.escalationdesk.timeline.StatusUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a case stands against its SLA, as agents and integrators read it.
 *
 * @param calendar the business calendar SLA time counts in
 * @param firstResponseTarget the current level's first response target; none once closed
 * @param firstResponseDueAt by when an agent should claim or complete the level's task
 * @param firstResponseAt when one did; none until then
 * @param target the current level's resolution target in business time; none once closed
 * @param dueAt when that target runs out; none once closed
 * @param businessTimeLeft business time until {@code dueAt}; frozen while paused
 * @param pausedSince since when the case waits for the customer; none while the clock runs
 * @param replyDueAt when a waiting case closes unresolved without a reply
 * @param totalPaused business time the case has waited for the customer, all levels together
 * @param breaches the missed SLAs, from the timeline
 */
public record CaseSla(
        String calendar,
        Duration firstResponseTarget,
        Instant firstResponseDueAt,
        Instant firstResponseAt,
        Duration target,
        Instant dueAt,
        Duration businessTimeLeft,
        Instant pausedSince,
        Instant replyDueAt,
        Duration totalPaused,
        List<StatusUpdate> breaches) {}
