package io.escalationdesk.feedback;

/** A survey link that cannot be answered (any more): nothing was stored. */
public class SurveyRefusedException extends RuntimeException {

  /** Why a link cannot be answered. */
  public enum Reason { UNKNOWN, EXPIRED, ANSWERED }

  private final Reason reason;

  SurveyRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
