package io.escalationdesk.api;

import io.escalationdesk.feedback.SurveyAnswer;
import io.escalationdesk.feedback.SurveyRefusedException;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Answers a call center's own survey tool collected, for the technical users of integrations. */
@RestController
@Tag(name = "Survey answers")
class SurveyAnswerController {

    private final Surveys surveys;

    SurveyAnswerController(Surveys surveys) {
        this.surveys = surveys;
    }

    @Operation(
            summary = "Report a customer's survey answer on a resolved case",
            description = "For users in the integrations group. `satisfaction` 1 to 5, "
                    + "`concernResolved` true or false, `comment` optional plain text. One answer per case: "
                    + "a second gets 409, as does a case that is not resolved. A dissatisfied answer goes "
                    + "to the supervisors' review.")
    @PostMapping(
            path = "/api/cases/{caseNumber}/survey-answers",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Surveys.Answered> report(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
            @RequestBody SurveyAnswer answer,
            Authentication caller) {
        surveys.answerForCase(caseNumber, answer, caller.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber))
                .body(surveys.answerOf(caseNumber)
                        .orElseThrow(() -> new NotFoundException("No answer for " + caseNumber)));
    }

    /** Two answers racing for one case: the second finds the first. */
    @ExceptionHandler(SurveyRefusedException.class)
    ProblemDetail answered(SurveyRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
