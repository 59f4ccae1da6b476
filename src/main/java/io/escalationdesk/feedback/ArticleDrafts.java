package io.escalationdesk.feedback;

/**
 * Where a lesson adopted as a knowledge article goes: the port the knowledge room implements,
 * drafting the article in the adoption's transaction, so an adopted lesson never goes nowhere.
 */
public interface ArticleDrafts {

    /** Drafts an article of the lesson: its text, its case's category, trigger and language. */
    void draftFrom(Lesson lesson, String actor);
}
