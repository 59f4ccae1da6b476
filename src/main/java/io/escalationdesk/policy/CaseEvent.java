package io.escalationdesk.policy;

/** What happened to a case; every status update on its timeline names one. */
public enum CaseEvent {
  OPENED,
  ROUTED,
  ESCALATED,
  /** A share of the current level's SLA has passed; the supervisor is warned. */
  SLA_WARNING,
  SLA_BREACHED,
  HANDED_OFF,
  RETURNED,
  RESOLVED,
  FORWARDED_TO_BILLING,
  CUSTOMER_CONTACTED,
  /** A message about the case reached the customer's email provider or SMS gateway. */
  CUSTOMER_NOTIFIED,
  /** A message could not be delivered, for good; an operator may retry it. */
  NOTIFICATION_FAILED,
  /** A message was not sent: the customer opted out or left no address for it. */
  NOTIFICATION_SKIPPED,
  NOTIFICATION_RETRIED,
  PREFERENCES_CHANGED;

  /** About a message to the customer, not about the case's own course. */
  public boolean isAboutNotification() {
    return this == CUSTOMER_NOTIFIED || this == NOTIFICATION_FAILED
        || this == NOTIFICATION_SKIPPED || this == NOTIFICATION_RETRIED;
  }
}
