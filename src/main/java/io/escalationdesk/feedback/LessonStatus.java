package io.escalationdesk.feedback;

/** Where a lesson stands in the review: new, acted upon, or let go with a note. */
public enum LessonStatus {
    OPEN,
    ADOPTED,
    DISMISSED
}
