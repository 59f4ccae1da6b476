package io.escalationdesk.feedback;

/**
 * What a customer answered.
 *
 * @param satisfaction 1 (very dissatisfied) to 5 (very satisfied)
 * @param concernResolved the customer's answer to "Was your concern resolved?"
 * @param comment in the customer's words, kept and shown as plain text; none when blank
 */
public record SurveyAnswer(Integer satisfaction, Boolean concernResolved, String comment) {}
