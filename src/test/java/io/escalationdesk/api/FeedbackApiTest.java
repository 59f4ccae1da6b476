package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.feedback.Lessons;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deciding a lesson over the API, and what a decision stores; who may read the review is in {@link FeedbackControllerTest}. */
@EscalationDeskTest
@Tag("database")
class FeedbackApiTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    Lessons lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLessonIsDecidedOnceWithANoteAndTheTimelineSaysSo() throws Exception {
        String caseNumber = caseWithLesson();
        long id = lessons.ofCase(caseNumber).get(0).id();
        String decision = "/api/lessons/" + id + "/decision";
        long updates = timelineCount(caseNumber);

        HttpResponse<String> withoutNote = api.post("supervisor", decision, "{\"decision\": \"ADOPTED\"}");
        HttpResponse<String> reopened =
                api.post("supervisor", decision, "{\"decision\": \"OPEN\", \"note\": \"again\"}");
        HttpResponse<String> unknown = api.post("supervisor", decision, "{\"decision\": \"MAYBE\"}");
        assertThat(List.of(withoutNote.statusCode(), reopened.statusCode(), unknown.statusCode()))
                .containsExactly(400, 400, 400);
        assertThat(json.readTree(withoutNote.body()).get("errors").findValuesAsText("field"))
                .containsExactly("note");
        assertThat(json.readTree(unknown.body()).get("errors").findValuesAsText("field"))
                .containsExactly("decision");
        assertThat(api.post("tier1-agent", decision, "{\"decision\": \"ADOPTED\", \"note\": \"mine\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(timelineCount(caseNumber)).isEqualTo(updates);

        HttpResponse<String> adopted = api.post(
                "process-owner", decision, "{\"decision\": \"ADOPTED\", \"note\": \"Policy rule 12 changed\"}");

        assertThat(adopted.statusCode()).isEqualTo(200);
        JsonNode lesson = json.readTree(adopted.body());
        assertThat(lesson.get("status").asText()).isEqualTo("ADOPTED");
        assertThat(lesson.get("decidedBy").asText()).isEqualTo("process-owner");
        assertThat(api.post("supervisor", decision, "{\"decision\": \"DISMISSED\", \"note\": \"no\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.post(
                                "supervisor",
                                "/api/lessons/999999999/decision",
                                "{\"decision\": \"DISMISSED\", \"note\": \"no\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select actor, reason from case_status_update where case_number = ? "
                                + "and event = 'LESSON_ADOPTED'")
                        .param(caseNumber)
                        .query((row, n) -> row.getString(1) + ": " + row.getString(2))
                        .list())
                .containsExactly("process-owner: Policy change lesson adopted: Policy rule 12 changed");
    }

    private String caseWithLesson() {
        String caseNumber = cases.openAtTier1("REVIEW", Map.of());
        cases.tier1Decides(
                caseNumber,
                "RESOLVED",
                Map.of(
                        "resolutionCode",
                        "ANSWERED",
                        "reason",
                        "Explained the delay",
                        "lesson",
                        "Delays like this belong to Tier 2 at once",
                        "lessonKind",
                        "POLICY_CHANGE"));
        return caseNumber;
    }

    private long timelineCount(String caseNumber) {
        return jdbc.sql("select count(*) from case_status_update where case_number = ?")
                .param(caseNumber)
                .query(Long.class)
                .single();
    }
}
