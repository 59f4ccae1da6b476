package io.escalationdesk.intake;

/**
 * A case's process, as intake drives it. The engine adapter implements it; intake never sees the
 * engine.
 */
public interface EscalationProcess {

    /**
     * Starts the process of a new case as the caller, in the caller's transaction up to its first
     * asynchronous step. The process opens the case ({@link CaseOpening}).
     *
     * @param followUpOf the closed case the new one follows up; none otherwise
     */
    void start(String caseNumber, NewCase newCase, String followUpOf, Caller caller);

    /**
     * The customer got in touch: a case waiting for their information runs on.
     *
     * @return false when the case was not waiting for the customer
     */
    boolean customerReplied(String caseNumber, String userId);

    /**
     * The customer wrote while an agent works the case: the agent's task shows the message. Nothing
     * happens when the case is with nobody's task (handed to the billing system).
     */
    void customerWrote(String caseNumber);

    /**
     * The customer insists on a supervisor: the case goes to one, as done by the agent who took
     * the contact.
     *
     * @return false when the case is not with Tier 1 or Tier 2 (already higher, or in a department)
     */
    boolean customerAskedForSupervisor(String caseNumber, String note, String userId);
}
