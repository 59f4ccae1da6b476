package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.knowledge.Article;
import io.escalationdesk.knowledge.ArticleDraft;
import io.escalationdesk.knowledge.ArticleStatus;
import io.escalationdesk.knowledge.Articles;
import io.escalationdesk.knowledge.SuggestionKind;
import io.escalationdesk.knowledge.SuggestionLog;
import io.escalationdesk.system.Readiness;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The knowledge API: everyone of the call center reads published articles, supervisors and
 * process owners also drafts and write them; a draft names the field it breaks.
 */
@ApiSlice
class KnowledgeControllerTest {

    private static final String ARTICLES = "/api/knowledge/articles";
    private static final String DRAFT = """
        {"title": "Refund a double charge", "body": "Credit the second charge.", "category": "BILLING",
         "trigger": "BILLING_DISPUTE", "language": "EN"}""";

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    Articles articles;

    @Autowired
    SuggestionLog suggestions;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
        given(articles.create(any(), any()))
                .willAnswer(
                        call -> article(call.getArgument(0, ArticleDraft.class).checked(), ArticleStatus.DRAFT));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
      tier1-agent,   false
      billing-agent, false
      auditor,       false
      supervisor,    true
      process-owner, true
      admin,         true
      """)
    void everyoneReadsPublishedArticlesAndEditorsAlsoDrafts(String user, boolean editor) throws Exception {
        http.perform(as(user, get(ARTICLES).param("q", "refund")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editor").value(editor));

        verify(articles).find("refund", editor ? null : ArticleStatus.PUBLISHED, null);
    }

    @Test
    void anAgentAsksForDraftsInVain() throws Exception {
        problem(http.perform(as("tier1-agent", get(ARTICLES).param("status", "DRAFT"))), 403);
        verifyNoInteractions(articles);
    }

    @Test
    void aDraftIsNotFoundByAnAgentButByAnEditor() throws Exception {
        given(articles.find(7L)).willReturn(Optional.of(article(valid(), ArticleStatus.DRAFT)));

        problem(http.perform(as("tier2-agent", get(ARTICLES + "/7"))), 404);
        http.perform(as("supervisor", get(ARTICLES + "/7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Refund a double charge"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
      tier1-agent,   403
      tier2-agent,   403
      manager,       403
      auditor,       403
      survey-tool,   403
      supervisor,    201
      process-owner, 201
      admin,         201
      """)
    void onlySupervisorsAndProcessOwnersWriteArticles(String user, int status) throws Exception {
        http.perform(as(user, post(ARTICLES))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andExpect(status().is(status));
        http.perform(as(user, post(ARTICLES + "/7/publish"))).andExpect(status().is(status == 201 ? 200 : status));
        http.perform(as(user, put(ARTICLES + "/7"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andExpect(status().is(status == 201 ? 200 : status));
    }

    @Test
    void anUnknownCodeIsRefusedNamingItsField() throws Exception {
        invalid(DRAFT.replace("\"BILLING\"", "\"SHOES\""))
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        invalid(DRAFT.replace("\"EN\"", "\"FR\""))
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        invalid(DRAFT.replace("\"BILLING_DISPUTE\"", "\"BORED\""))
                .andExpect(jsonPath("$.errors[0].field").value("trigger"));
        verifyNoInteractions(articles);
    }

    @Test
    void aDraftTooLongOrWithoutTitleIsRefusedNamingEachField() throws Exception {
        invalid(DRAFT.replace("\"Refund a double charge\"", "\"" + "t".repeat(201) + "\"")
                        .replace("\"Credit the second charge.\"", "\"" + "b".repeat(8001) + "\""))
                .andExpect(jsonPath("$.errors[*].field", contains("title", "body")));
        invalid("{\"title\": \" \", \"body\": \"x\"}")
                .andExpect(jsonPath("$.errors[*].field", contains("title", "category", "trigger", "language")));
    }

    @Test
    void anAgentMarksASuggestionHelpfulAnAuditorDoesNot() throws Exception {
        String helped = "/api/cases/ESC-2026-000001/suggestions/ARTICLE/12/helped";

        problem(http.perform(as("auditor", post(helped))), 403);
        http.perform(as("tier1-agent", post(helped))).andExpect(status().isNoContent());
        http.perform(as("tier1-agent", post(helped.replace("helped", "opened"))))
                .andExpect(status().isNoContent());
        problem(http.perform(as("tier1-agent", post(helped.replace("ARTICLE", "VIDEO")))), 400)
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        verify(suggestions).helped("ESC-2026-000001", SuggestionKind.ARTICLE, "12", "tier1-agent");
        verify(suggestions).opened("ESC-2026-000001", SuggestionKind.ARTICLE, "12", "tier1-agent");
    }

    private ResultActions invalid(String body) throws Exception {
        return problem(
                http.perform(as("supervisor", post(ARTICLES))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)),
                400);
    }

    private static ArticleDraft valid() {
        return new ArticleDraft(
                "Refund a double charge",
                "Credit the second charge.",
                Category.BILLING,
                Trigger.BILLING_DISPUTE,
                Language.EN);
    }

    private static Article article(ArticleDraft draft, ArticleStatus status) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Article(
                7,
                draft.title(),
                draft.body(),
                draft.category(),
                draft.trigger(),
                draft.language(),
                status,
                null,
                now,
                "supervisor",
                now,
                "supervisor",
                null);
    }
}
