package io.escalationdesk.move;

import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.CaseRef;

/**
 * Where a case stands before it moves, as the process keeps it.
 *
 * @param level none before the case is routed
 * @param handOffLevel the level a department returns the case to; none when no department has it
 * @param department the department the policy names for a hand-off
 * @param policyPartner the partner team the policy routed the case to, if any
 * @param heldByPartner the partner team that has the case now; none when its own team has it
 */
public record CaseAt(
        CaseRef ref,
        Level level,
        Level handOffLevel,
        Department department,
        String policyPartner,
        String heldByPartner) {}
