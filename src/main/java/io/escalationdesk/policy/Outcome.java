package io.escalationdesk.policy;

/** What an agent decided when completing a level or department task. */
public enum Outcome {
  /** The concern is resolved; the case closes. A resolution code is required. */
  RESOLVED("Resolved: close the case"),
  /** The next level up takes over; a reason is required. */
  ESCALATE("Escalate to the next level"),
  /** The policy's department takes over. */
  HAND_OFF("Hand off to the department"),
  /** A department gives the case back to the level that handed it off. */
  RETURN("Return to the level that handed it off"),
  /** The customer insists on a supervisor: Tier 1 or Tier 2 hands the case straight up. */
  SUPERVISOR_REQUESTED("The customer insists on a supervisor"),
  /** The case waits for the customer; the SLA clock stops. A reason (what we need) is required. */
  INFORMATION_REQUESTED("Ask the customer for information (the SLA clock stops)");

  /** How the task form offers it. */
  public final String label;

  Outcome(String label) {
    this.label = label;
  }
}
