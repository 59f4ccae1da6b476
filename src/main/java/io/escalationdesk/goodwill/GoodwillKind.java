package io.escalationdesk.goodwill;

/** What an agent grants a customer beyond the rules: a credit, a waived fee, a named exception. */
public enum GoodwillKind {
    CREDIT,
    FEE_WAIVER,
    EXCEPTION
}
