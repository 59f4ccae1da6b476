package io.escalationdesk.intake;

import io.escalationdesk.escalation.Level;

/**
 * What a contact did to the case.
 *
 * @param caseNumber the case that now holds the concern: the same one, or a follow-up case
 * @param escalated whether the contact moved the case to a supervisor
 * @param followUpOf the closed case a new follow-up case was opened for, otherwise null
 */
public record ContactRecorded(String caseNumber, Level level, boolean escalated, String followUpOf) {}
