package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.Lesson;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.system.Readiness;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The feedback review: who may read it, and its CSV has the rows of its JSON. */
@ApiSlice
class FeedbackControllerTest {

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    Lessons lessons;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
      supervisor,    200
      manager,       200
      process-owner, 200
      admin,         200
      tier1-agent,   403
      tier2-agent,   403
      auditor,       403
      survey-tool,   403
      """)
    void theReviewIsForSupervisorsManagementAndProcessOwners(String user, int status) throws Exception {
        http.perform(as(user, get("/api/lessons"))).andExpect(status().is(status));
        http.perform(as(user, get("/api/survey-answers"))).andExpect(status().is(status));
    }

    @Test
    void theCsvHasTheRowsOfTheJson() throws Exception {
        given(lessons.find(any(), eq(LessonStatus.OPEN)))
                .willReturn(List.of(new Lesson(
                        7,
                        "ESC-2026-000001",
                        Instant.parse("2026-11-27T10:00:00Z"),
                        "tier1-agent",
                        Level.TIER1,
                        Trigger.RESOLUTION_DELAYED,
                        Category.BILLING,
                        LessonKind.POLICY_CHANGE,
                        "Delays like this belong to Tier 2 at once",
                        LessonStatus.OPEN,
                        null,
                        null,
                        null)));
        String path = "/api/lessons?trigger=RESOLUTION_DELAYED&status=OPEN";

        http.perform(as("supervisor", get(path)))
                .andExpect(jsonPath("$.rows.length()").value(1));
        String csv = http.perform(as("supervisor", get(path)).header("Accept", "text/csv"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("Lesson,Case,Noted,Noted by,Level code,Level,Trigger code,Trigger");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .contains("ESC-2026-000001", "Policy change", "Delays like this belong to Tier 2 at once");
    }
}
