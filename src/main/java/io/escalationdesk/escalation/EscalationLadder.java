package io.escalationdesk.escalation;

import java.util.ArrayList;
import java.util.List;

/**
 * The escalation rules that hold whatever the policy table says: how an outcome or an SLA breach
 * moves a case along the ladder and between departments.
 */
public final class EscalationLadder {

    private EscalationLadder() {}

    /** A new case goes to the entry level the escalation policy chose. */
    public static Transition entry(Level entryLevel) {
        return new Transition(CaseEvent.ROUTED, null, entryLevel, null);
    }

    /** What the customer reads of a resolution: the agent's words, not a code. */
    public static final int SUMMARY_LENGTH = 2000;

    /**
     * @param reason the agent's reason, required to escalate
     * @param summary what was done, in words for the customer; required to resolve
     * @throws InvalidOutcomeException for an outcome the level does not allow
     */
    public static Transition afterOutcome(
            Level current, Outcome outcome, String reason, String summary, Department department, Level handOffLevel) {
        return switch (outcome) {
            case RESOLVED -> resolve(current, summary);
            case ESCALATE -> escalate(current, reason);
            case HAND_OFF -> handOff(current, department);
            case RETURN -> giveBack(current, handOffLevel);
            case SUPERVISOR_REQUESTED -> toSupervisor(current);
            case INFORMATION_REQUESTED ->
                throw new InvalidOutcomeException(
                        "outcome", "Asking the customer keeps the case where it is; it does not move it");
            case ASK_EXPERT, GRANT_GOODWILL ->
                throw new InvalidOutcomeException("outcome", "The agent keeps the case; it does not move");
        };
    }

    /**
     * The outcome an agent gave, and the lesson they noted with it, if any.
     *
     * @return whether the agent keeps the case
     * @throws InvalidOutcomeException for a lesson with an outcome that takes none
     */
    public static boolean keepsCase(Outcome outcome, String lesson) {
        if (lesson != null && !lesson.isBlank() && !outcome.takesLesson()) {
            throw new InvalidOutcomeException(
                    "lesson", "a lesson for the team comes with a resolution or a return, not with " + outcome);
        }
        return outcome.keepsCase();
    }

    /** The outcomes {@link #afterOutcome} accepts at a level: what a task form offers there. */
    public static List<Outcome> outcomesAt(Level current, Department department) {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(Outcome.RESOLVED);
        outcomes.add(Outcome.INFORMATION_REQUESTED);
        outcomes.add(Outcome.ASK_EXPERT);
        outcomes.add(Outcome.GRANT_GOODWILL);
        if (current.isDepartment()) {
            outcomes.add(Outcome.RETURN);
            return outcomes;
        }
        if (current != Level.MANAGEMENT) {
            outcomes.add(Outcome.ESCALATE);
        }
        if (department != Department.NONE) {
            outcomes.add(Outcome.HAND_OFF);
        }
        if (current == Level.TIER1 || current == Level.TIER2) {
            outcomes.add(Outcome.SUPERVISOR_REQUESTED);
        }
        return outcomes;
    }

    /**
     * A missed SLA moves the case one rung up. A department's breach escalates above the level
     * that handed it off. Management is the top: its breach is recorded and the case goes back to
     * the management queue with a fresh SLA, so a breach never ends a case unanswered.
     */
    public static Transition afterSlaBreach(Level current, Level handOffLevel) {
        Level base = current.isDepartment() ? handOffLevel : current;
        return new Transition(CaseEvent.SLA_BREACHED, current, base.above(), null);
    }

    /** No reply to the information request or the reminder: the case closes unresolved. */
    public static Transition closedUnresolved(Level current) {
        return new Transition(CaseEvent.UNRESOLVED_NO_REPLY, current, Level.CLOSED, null);
    }

    private static Transition resolve(Level current, String summary) {
        if (summary == null || summary.isBlank()) {
            throw new InvalidOutcomeException(
                    "resolutionSummary", "Say what was done: the customer reads it in the resolution message");
        }
        if (summary.length() > SUMMARY_LENGTH) {
            throw new InvalidOutcomeException("resolutionSummary", "must be at most " + SUMMARY_LENGTH + " characters");
        }
        return new Transition(CaseEvent.RESOLVED, current, Level.CLOSED, null);
    }

    private static Transition escalate(Level current, String reason) {
        if (current.isDepartment()) {
            throw new InvalidOutcomeException(
                    "outcome", current + " cannot escalate; it resolves the case or returns it");
        }
        if (current == Level.MANAGEMENT) {
            throw new InvalidOutcomeException(
                    "outcome", "Management is the top level; it resolves the case or hands it off");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidOutcomeException("reason", "A reason is required to escalate a case");
        }
        return new Transition(CaseEvent.ESCALATED, current, current.above(), null);
    }

    private static Transition handOff(Level current, Department department) {
        if (current.isDepartment()) {
            throw new InvalidOutcomeException(
                    "outcome", current + " cannot hand off; it resolves the case or returns it");
        }
        if (department == Department.NONE) {
            throw new InvalidOutcomeException("department", "The escalation policy names no department for this case");
        }
        return new Transition(CaseEvent.HANDED_OFF, current, department.level(), current);
    }

    private static Transition toSupervisor(Level current) {
        if (current != Level.TIER1 && current != Level.TIER2) {
            throw new InvalidOutcomeException("outcome", current + " is already at or past a supervisor");
        }
        return new Transition(CaseEvent.ESCALATED, current, Level.SUPERVISOR, null);
    }

    private static Transition giveBack(Level current, Level handOffLevel) {
        if (!current.isDepartment()) {
            throw new InvalidOutcomeException("outcome", "Only a department returns a case");
        }
        return new Transition(CaseEvent.RETURNED, current, handOffLevel, null);
    }
}
