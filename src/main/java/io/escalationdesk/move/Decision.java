package io.escalationdesk.move;

import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;

/**
 * What an agent decided when completing a level's task.
 *
 * @param resolution the resolution's code; none unless {@code outcome} is RESOLVED
 * @param reason the agent's note: why they escalate, or what they did
 * @param summary what was done, in words for the customer; required to resolve
 */
public record Decision(Outcome outcome, ResolutionCode resolution, String reason, String summary) {}
