package io.escalationdesk.notification;

/** Who a notification is for. */
public enum Audience {
    /** The customer: their language, their channel preference and opt-out apply. */
    CUSTOMER,
    /** The supervisor of the group that has the case: always email, in English. */
    SUPERVISOR
}
