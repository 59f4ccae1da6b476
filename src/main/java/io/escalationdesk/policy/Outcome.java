package io.escalationdesk.policy;

/** What an agent decided when completing a level or department task. */
public enum Outcome {
  /** The concern is resolved; the case closes. */
  RESOLVED,
  /** The next level up takes over; a reason is required. */
  ESCALATE,
  /** The policy's department takes over. */
  HAND_OFF,
  /** A department gives the case back to the level that handed it off. */
  RETURN,
  /** The customer insists on a supervisor: Tier 1 or Tier 2 hands the case straight up. */
  SUPERVISOR_REQUESTED
}
