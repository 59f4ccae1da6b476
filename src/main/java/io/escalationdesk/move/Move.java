package io.escalationdesk.move;

import io.escalationdesk.escalation.Transition;

/**
 * A move made.
 *
 * @param partner the partner team that has the case where it went; none when the level's own
 *     team has it
 */
public record Move(Transition transition, String partner) {}
