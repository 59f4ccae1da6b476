package io.escalationdesk.cases;

/** Why Tier 1 escalates a case. */
public enum Trigger {
  CUSTOMER_REQUESTED_SUPERVISOR,
  RESOLUTION_DELAYED,
  CUSTOMER_DISSATISFIED,
  COMPLEX_ISSUE,
  BILLING_DISPUTE,
  TECHNICAL_FAULT,
  REPEAT_CONTACT
}
