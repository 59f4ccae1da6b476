package io.escalationdesk.knowledge;

/** What an agent is shown beside a case: a similar resolved case or a knowledge article. */
public enum SuggestionKind {
    CASE,
    ARTICLE
}
