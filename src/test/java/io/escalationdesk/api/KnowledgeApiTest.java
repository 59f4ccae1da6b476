package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.knowledge.SuggestionKind;
import io.escalationdesk.knowledge.SuggestionLog;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An article's life over the API, in the whole app: a lesson adopted as a knowledge article
 * becomes a draft, a process owner publishes it, agents find it listed, and when it is suggested
 * for another case and helps, the case's timeline and the suggestion log say so. Who may do what
 * is in {@link KnowledgeControllerTest}.
 */
@EscalationDeskTest
@Tag("database")
class KnowledgeApiTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    Lessons lessons;

    @Autowired
    SuggestionLog suggestions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdoptedLessonBecomesAPublishedArticleThatHelpsAnotherCase() throws Exception {
        String resolved = cases.openAtTier1("LESSON", Map.of());
        String title = "Roaming charges: show the tariff " + resolved;
        cases.tier1Decides(
                resolved,
                "RESOLVED",
                Map.of(
                        "resolutionCode", "ANSWERED",
                        "reason", "Explained the roaming charge",
                        "lesson", title + "\nOpen the tariff sheet and explain the zone.",
                        "lessonKind", "KNOWLEDGE_ARTICLE"));
        long lessonId = lessons.ofCase(resolved).get(0).id();

        assertThat(api.post(
                                "supervisor",
                                "/api/lessons/" + lessonId + "/decision",
                                "{\"decision\": \"ADOPTED\", \"note\": \"Article drafted\"}")
                        .statusCode())
                .isEqualTo(200);
        JsonNode draft = only(api.get("supervisor", "/api/knowledge/articles?status=DRAFT"), lessonId);
        long id = draft.get("id").asLong();
        assertThat(draft.get("title").asText()).isEqualTo(title);
        assertThat(draft.get("body").asText()).endsWith("explain the zone.");
        assertThat(draft.get("language").asText()).isEqualTo("EN");
        assertThat(ids(api.get("tier1-agent", "/api/knowledge/articles"))).doesNotContain(id);
        assertThat(api.get("tier1-agent", "/api/knowledge/articles/" + id).statusCode())
                .isEqualTo(404);

        HttpResponse<String> published = api.post("process-owner", "/api/knowledge/articles/" + id + "/publish", "");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json.readTree(published.body()).get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(ids(api.get("tier1-agent", "/api/knowledge/articles?language=EN")))
                .contains(id);
        assertThat(api.get("tier1-agent", "/api/knowledge/articles/" + id).statusCode())
                .isEqualTo(200);

        String open = cases.openAtTier1("HELPED", Map.of());
        suggestions.shown(open, SuggestionKind.ARTICLE, List.of(String.valueOf(id)), Level.TIER1, "tier1-agent");
        String suggestion = "/api/cases/" + open + "/suggestions/ARTICLE/" + id;

        assertThat(api.post("auditor", suggestion + "/helped", "").statusCode()).isEqualTo(403);
        assertThat(api.post("tier1-agent", suggestion + "/opened", "").statusCode())
                .isEqualTo(204);
        assertThat(api.post("tier1-agent", suggestion + "/helped", "").statusCode())
                .isEqualTo(204);
        assertThat(api.post("tier1-agent", suggestion + "/helped", "").statusCode())
                .isEqualTo(204);

        assertThat(jdbc.sql("select actor, reason from case_status_update where case_number = ? "
                                + "and event = 'SUGGESTION_HELPED'")
                        .param(open)
                        .query((row, n) -> row.getString(1) + ": " + row.getString(2))
                        .list())
                .containsExactly("tier1-agent: Knowledge article " + id + " \"" + title + "\" helped");
        assertThat(jdbc.sql("select count(*) from knowledge_suggestion where case_number = ? and level = 'TIER1' "
                                + "and opened_at is not null and helped_at is not null")
                        .param(open)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    /** The article of the list drafted from the lesson. */
    private static JsonNode only(HttpResponse<String> list, long lessonId) throws Exception {
        assertThat(list.statusCode()).isEqualTo(200);
        List<JsonNode> drafted = json.readTree(list.body()).get("articles").findParents("lessonId").stream()
                .filter(article -> article.get("lessonId").asLong() == lessonId)
                .toList();
        assertThat(drafted).hasSize(1);
        return drafted.get(0);
    }

    private static List<Long> ids(HttpResponse<String> list) throws Exception {
        assertThat(list.statusCode()).isEqualTo(200);
        return json.readTree(list.body()).get("articles").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }
}
