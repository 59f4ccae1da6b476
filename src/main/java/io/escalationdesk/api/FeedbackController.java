package io.escalationdesk.api;

import io.escalationdesk.feedback.Lesson;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.insight.Report;
import io.escalationdesk.system.Labels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review of the feedback loop, for supervisors, management, process owners and
 * administrators: the lessons agents noted and what customers answered, as JSON tables or, with
 * {@code Accept: text/csv}, as CSV; and the decision on a lesson.
 */
@RestController
@Tag(name = "Feedback review")
class FeedbackController {

    /** Adopted, saying what was done; or dismissed, saying why. */
    record Decision(LessonStatus decision, String note) {}

    private final Lessons lessons;
    private final Surveys surveys;
    private final Labels labels;

    FeedbackController(Lessons lessons, Surveys surveys, Labels labels) {
        this.lessons = lessons;
        this.surveys = surveys;
        this.labels = labels;
    }

    @Operation(
            summary = "Lessons learned, newest first",
            description = "Noted in [from, to), with the case's trigger and category and the level "
                    + "where it was noted; every filter optional.")
    @GetMapping(
            path = "/api/lessons",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Report lessons(@ParameterObject ReviewRequest request, @RequestParam(required = false) LessonStatus status) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Lesson lesson : lessons.find(request.filter(), status)) {
            rows.add(lessonRow(lesson));
        }
        return new Report(
                "Lessons learned",
                List.of(
                        column("id", "Lesson"),
                        column("caseNumber", "Case"),
                        column("notedAt", "Noted"),
                        column("notedBy", "Noted by"),
                        column("level", "Level code"),
                        column("levelLabel", "Level"),
                        column("trigger", "Trigger code"),
                        column("triggerLabel", "Trigger"),
                        column("category", "Category code"),
                        column("categoryLabel", "Category"),
                        column("kind", "Kind code"),
                        column("kindLabel", "Kind"),
                        column("lesson", "Lesson"),
                        column("status", "Status"),
                        column("decidedAt", "Decided"),
                        column("decidedBy", "Decided by"),
                        column("decisionNote", "What was done, or why not")),
                rows,
                List.of());
    }

    @Operation(
            summary = "Adopt or dismiss a lesson",
            description = "`decision` ADOPTED with what was done (\"policy rule 12 changed\"), or "
                    + "DISMISSED with why; the case's timeline shows it. A lesson is decided once: 409 "
                    + "after that.")
    @PostMapping(
            path = "/api/lessons/{id}/decision",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Lesson decide(@PathVariable long id, @RequestBody Decision decision, Authentication caller) {
        return lessons.decide(id, decision.decision(), decision.note(), caller.getName());
    }

    @Operation(
            summary = "Survey answers, newest first",
            description = "Answered in [from, to), with the case's trigger and category and the level "
                    + "that resolved it; `dissatisfied=true` for those that went to the supervisors' "
                    + "review.")
    @GetMapping(
            path = "/api/survey-answers",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Report answers(@ParameterObject ReviewRequest request, @RequestParam(defaultValue = "false") boolean dissatisfied) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Surveys.Answered answer : surveys.find(request.filter(), dissatisfied)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("caseNumber", answer.caseNumber());
            row.put("answeredAt", answer.answeredAt().toString());
            row.put("satisfaction", answer.satisfaction());
            row.put("concernResolved", answer.concernResolved());
            row.put("comment", answer.comment());
            row.put("dissatisfied", answer.dissatisfied());
            row.put("trigger", answer.trigger().name());
            row.put("triggerLabel", labels.of(answer.trigger()));
            row.put("category", answer.category().name());
            row.put("categoryLabel", labels.of(answer.category()));
            row.put(
                    "resolvedLevel",
                    answer.resolvedLevel() == null
                            ? null
                            : answer.resolvedLevel().name());
            row.put("resolvedLevelLabel", answer.resolvedLevel() == null ? null : labels.of(answer.resolvedLevel()));
            row.put("answeredVia", answer.answeredVia().name());
            rows.add(row);
        }
        return new Report(
                "Survey answers",
                List.of(
                        column("caseNumber", "Case"),
                        column("answeredAt", "Answered"),
                        column("satisfaction", "Satisfaction (1-5)"),
                        column("concernResolved", "Concern resolved"),
                        column("comment", "Comment"),
                        column("dissatisfied", "Went to review"),
                        column("trigger", "Trigger code"),
                        column("triggerLabel", "Trigger"),
                        column("category", "Category code"),
                        column("categoryLabel", "Category"),
                        column("resolvedLevel", "Resolved at code"),
                        column("resolvedLevelLabel", "Resolved at"),
                        column("answeredVia", "Answered via")),
                rows,
                List.of());
    }

    private Map<String, Object> lessonRow(Lesson lesson) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", lesson.id());
        row.put("caseNumber", lesson.caseNumber());
        row.put("notedAt", lesson.notedAt().toString());
        row.put("notedBy", lesson.notedBy());
        row.put("level", lesson.level().name());
        row.put("levelLabel", labels.of(lesson.level()));
        row.put("trigger", lesson.trigger().name());
        row.put("triggerLabel", labels.of(lesson.trigger()));
        row.put("category", lesson.category().name());
        row.put("categoryLabel", labels.of(lesson.category()));
        row.put("kind", lesson.kind().name());
        row.put("kindLabel", labels.of(lesson.kind()));
        row.put("lesson", lesson.lesson());
        row.put("status", lesson.status().name());
        row.put(
                "decidedAt",
                lesson.decidedAt() == null ? null : lesson.decidedAt().toString());
        row.put("decidedBy", lesson.decidedBy());
        row.put("decisionNote", lesson.decisionNote());
        return row;
    }

    private static Report.Column column(String key, String label) {
        return new Report.Column(key, label, null);
    }
}
