package io.escalationdesk.api;

import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.escalation.Level;
import java.time.Instant;

/** The answer to an intake: the case's number and who has it now. */
record CaseCreated(String caseNumber, CaseStatus status, Level level, Instant openedAt) {}
