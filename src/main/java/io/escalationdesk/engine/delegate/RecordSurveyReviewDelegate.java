package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.SurveyFollowUpProcess.Variables.*;

import io.escalationdesk.feedback.SurveyReviewOutcome;
import io.escalationdesk.timeline.TimelineWriter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the supervisor's review of a dissatisfied customer on the case's timeline. */
@Component("recordSurveyReview")
class RecordSurveyReviewDelegate implements JavaDelegate {

    private final TimelineWriter timeline;

    RecordSurveyReviewDelegate(TimelineWriter timeline) {
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        timeline.surveyReviewed(
                execution.getProcessBusinessKey(),
                VariableReads.actor(execution),
                VariableReads.required(execution, REVIEW_OUTCOME, SurveyReviewOutcome.class),
                VariableReads.string(execution, REVIEW_NOTE));
    }
}
