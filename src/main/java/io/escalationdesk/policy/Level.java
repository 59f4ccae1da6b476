package io.escalationdesk.policy;

/**
 * Who holds a case: the escalation ladder (Tier 1 up to management), a department it was handed
 * to, or nobody once it is closed.
 */
public enum Level {
  TIER1("tier1", "Tier 1 support"),
  TIER2("tier2", "our Tier 2 specialists"),
  SUPERVISOR("supervisors", "a supervisor"),
  MANAGEMENT("management", "our management team"),
  BILLING("billing", "our billing back office"),
  TECHNICAL("technical", "our technical department"),
  CLOSED(null, "nobody: the case is closed");

  private final String candidateGroup;
  private final String owner;

  Level(String candidateGroup, String owner) {
    this.candidateGroup = candidateGroup;
    this.owner = owner;
  }

  /** The group whose task queue holds the case at this level. */
  public String candidateGroup() {
    return candidateGroup;
  }

  /** Who has the case, as the customer reads it. */
  public String owner() {
    return owner;
  }

  public boolean isDepartment() {
    return this == BILLING || this == TECHNICAL;
  }

  /** The next rung of the ladder; management is the top and stays where it is. */
  public Level above() {
    return switch (this) {
      case TIER1 -> TIER2;
      case TIER2 -> SUPERVISOR;
      case SUPERVISOR, MANAGEMENT -> MANAGEMENT;
      case BILLING, TECHNICAL, CLOSED ->
          throw new IllegalStateException(this + " is not on the escalation ladder");
    };
  }
}
