package io.escalationdesk.timeline;

/**
 * The case a status update is about.
 *
 * @param processInstanceId the process that works the case; {@code null} when none is at hand
 */
public record CaseRef(String caseNumber, String processInstanceId) {}
