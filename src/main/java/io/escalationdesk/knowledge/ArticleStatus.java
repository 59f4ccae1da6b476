package io.escalationdesk.knowledge;

/** Where an article stands: a draft editors work on, or published for every agent to read. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
