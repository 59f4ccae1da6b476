package io.escalationdesk.escalation;

/**
 * One move of a case: what happened, where it was and where it is now.
 *
 * @param from {@code null} when the case was just opened
 * @param handOffLevel the level a department returns the case to, {@code null} when none
 */
public record Transition(CaseEvent event, Level from, Level to, Level handOffLevel) {}
