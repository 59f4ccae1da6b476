package io.escalationdesk.policy;

/** What happened to a case; every status update on its timeline names one. */
public enum CaseEvent {
  OPENED,
  ROUTED,
  ESCALATED,
  SLA_BREACHED,
  HANDED_OFF,
  RETURNED,
  RESOLVED,
  FORWARDED_TO_BILLING,
  CUSTOMER_CONTACTED
}
