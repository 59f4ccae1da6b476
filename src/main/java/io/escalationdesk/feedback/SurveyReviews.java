package io.escalationdesk.feedback;

/**
 * The follow-up of a survey answer, as the feedback loop drives it: the engine adapter runs it
 * (processes/SurveyFollowUp.bpmn), a dissatisfied customer goes to the supervisors' review.
 */
public interface SurveyReviews {

    /**
     * Starts the follow-up in the caller's transaction.
     *
     * @param path the levels the case went through, as people read them
     */
    void followUp(String caseNumber, String customerName, SurveyAnswer answer, boolean dissatisfied, String path);
}
