package io.escalationdesk.feedback;

/** The survey link a resolution message carries. */
@FunctionalInterface
public interface SurveyLinks {

    /** The same link for every message about the case's resolution. */
    String linkFor(String caseNumber);
}
