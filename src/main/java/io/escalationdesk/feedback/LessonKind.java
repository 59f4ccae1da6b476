package io.escalationdesk.feedback;

/** What a lesson asks for: who can act on it. */
public enum LessonKind {
    TRAINING,
    KNOWLEDGE_ARTICLE,
    POLICY_CHANGE,
    PRODUCT_DEFECT,
    OTHER
}
