package io.escalationdesk.cases;

/** How the customer wants to hear from us. */
public enum ContactChannel {
  EMAIL,
  SMS
}
