package io.escalationdesk.goodwill;

/** What the approving level decides on goodwill above the agent's limit. */
public enum GoodwillDecision {
    APPROVE,
    REJECT
}
