package io.escalationdesk.engine.port;

import static io.escalationdesk.engine.process.SurveyFollowUpProcess.Variables.*;

import io.escalationdesk.engine.process.SurveyFollowUpProcess;
import io.escalationdesk.feedback.SurveyAnswer;
import io.escalationdesk.feedback.SurveyReviews;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * {@code SurveyFollowUp}, one instance per answer, keyed by the case number. Started by the
 * survey page or the survey API, which checked who may answer; so it needs no engine rights.
 */
@Component
class CamundaSurveyReviews implements SurveyReviews {

    private final RuntimeService runtime;

    CamundaSurveyReviews(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void followUp(
            String caseNumber, String customerName, SurveyAnswer answer, boolean dissatisfied, String path) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_NUMBER, caseNumber);
        variables.put(CUSTOMER_NAME, customerName);
        variables.put(SATISFACTION, answer.satisfaction());
        variables.put(CONCERN_RESOLVED, answer.concernResolved());
        variables.put(COMMENT, answer.comment() == null ? "" : answer.comment());
        variables.put(CASE_PATH, path);
        variables.put(DISSATISFIED, dissatisfied);
        runtime.startProcessInstanceByMessage(SurveyFollowUpProcess.MESSAGE_SURVEY_ANSWERED, caseNumber, variables);
    }
}
