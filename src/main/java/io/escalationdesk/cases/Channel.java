package io.escalationdesk.cases;

/** Where the customer reached us. */
public enum Channel {
    PHONE,
    CHAT,
    EMAIL,
    SMS,
    SOCIAL
}
