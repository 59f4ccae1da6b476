package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.knowledge.CustomerHistory;
import io.escalationdesk.knowledge.IndexedArticles;
import io.escalationdesk.knowledge.SimilarCase;
import io.escalationdesk.knowledge.SimilarCases;
import io.escalationdesk.knowledge.SuggestionKind;
import io.escalationdesk.knowledge.SuggestionLog;
import io.escalationdesk.knowledge.TierOneHint;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.Readiness;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The knowledge beside a case is read as the case is: a partner's agent only for their partner's
 * cases, and told which partner they are; the evidence only by those who read the teams' figures.
 */
@ApiSlice
class CaseKnowledgeControllerTest {

    private static final CaseRecord OURS = SampleCases.open("ESC-K-1");
    private static final CaseRecord ACMES = withPartner(SampleCases.open("ESC-K-2"), "acme");
    private static final SimilarCase SIMILAR = new SimilarCase(
            "ESC-K-0",
            Level.TIER1,
            ResolutionCode.REFUNDED,
            "Refunded",
            "Refunded the second debit",
            93600,
            36000,
            Instant.parse("2026-11-20T08:15:00Z"),
            Category.BILLING,
            Trigger.BILLING_DISPUTE,
            List.of("charged", "twice"));

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    CaseRecords records;

    @Autowired
    SimilarCases similarCases;

    @Autowired
    IndexedArticles articles;

    @Autowired
    CustomerHistory customerHistory;

    @Autowired
    SuggestionLog suggestions;

    @BeforeEach
    void casesExist() {
        readiness.processesDeployed();
        given(records.find("ESC-K-1")).willReturn(Optional.of(OURS));
        given(records.find("ESC-K-2")).willReturn(Optional.of(ACMES));
    }

    @Test
    void anAgentReadsTheSimilarCasesAndTheHint() throws Exception {
        given(similarCases.similarTo(OURS, Optional.empty()))
                .willReturn(new SimilarCases.Found(
                        List.of(SIMILAR),
                        new TierOneHint(
                                1,
                                1,
                                ResolutionCode.REFUNDED,
                                Map.of(Language.EN, "1 of 1 similar cases were resolved at Tier 1 with 'Refunded'"))));

        http.perform(as("tier1-agent", get("/api/cases/ESC-K-1/similar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[0].caseNumber").value("ESC-K-0"))
                .andExpect(jsonPath("$.cases[0].resolvedAt").value("TIER1"))
                .andExpect(jsonPath("$.cases[0].resolutionLabel").value("Refunded"))
                .andExpect(jsonPath("$.cases[0].note").value("Refunded the second debit"))
                .andExpect(jsonPath("$.cases[0].matchedWords[1]").value("twice"))
                .andExpect(jsonPath("$.tierOneHint.wording.EN")
                        .value("1 of 1 similar cases were resolved at Tier 1 with 'Refunded'"));
    }

    @Test
    void aPartnersAgentAsksAsTheirPartnerAndOnlyAboutTheirPartnersCases() throws Exception {
        given(similarCases.similarTo(ACMES, Optional.of("acme"))).willReturn(new SimilarCases.Found(List.of(), null));

        http.perform(as("acme-agent", get("/api/cases/ESC-K-2/similar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").isEmpty());
        for (String path : List.of("similar", "articles", "customer-history")) {
            problem(http.perform(as("acme-agent", get("/api/cases/ESC-K-1/" + path))), 404);
        }
        verifyNoInteractions(articles, customerHistory);
    }

    @Test
    void theCustomersHistoryAndTheArticlesAreReadAsTheCase() throws Exception {
        given(customerHistory.of(OURS, Optional.empty()))
                .willReturn(new CustomerHistory.Summary("C-ESC-K-1", List.of(), null, 3, List.of(), "EUR"));
        given(articles.similarTo(OURS))
                .willReturn(List.of(new IndexedArticles.SuggestedArticle(
                        7, "Charged twice", "<b>Refund</b> it", Category.BILLING, Trigger.BILLING_DISPUTE)));

        http.perform(as("auditor", get("/api/cases/ESC-K-1/customer-history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slaBreaches").value(3));
        http.perform(as("tier2-agent", get("/api/cases/ESC-K-1/articles")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].body").value("<b>Refund</b> it"));
        problem(http.perform(as("survey-tool", get("/api/cases/ESC-K-1/articles"))), 403);
    }

    @Test
    void theEvidenceIsForThoseWhoReadTheTeamsFigures() throws Exception {
        given(similarCases.evidence(Category.BILLING, Trigger.BILLING_DISPUTE))
                .willReturn(new SimilarCases.Evidence(
                        Category.BILLING, Trigger.BILLING_DISPUTE, 4, List.of(SIMILAR), null));

        http.perform(as("process-owner", get("/api/knowledge/evidence?category=BILLING&trigger=BILLING_DISPUTE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolved").value(4))
                .andExpect(jsonPath("$.atTierOne[0].note").value("Refunded the second debit"));
        problem(
                http.perform(
                        as("tier1-agent", get("/api/knowledge/evidence?category=BILLING&trigger=BILLING_DISPUTE"))),
                403);
        problem(
                http.perform(as("acme-agent", get("/api/knowledge/evidence?category=BILLING&trigger=BILLING_DISPUTE"))),
                403);
    }

    @Test
    void whatTheDeskShowsIsRecordedByThoseWhoWorkCasesAndABadKindOrBodyIs400() throws Exception {
        String shown = "/api/cases/ESC-K-1/suggestions/CASE/shown";

        http.perform(as(
                        "tier1-agent",
                        post(shown).contentType(MediaType.APPLICATION_JSON).content("[\"ESC-K-0\"]")))
                .andExpect(status().isNoContent());
        verify(suggestions).shownNow("ESC-K-1", SuggestionKind.CASE, List.of("ESC-K-0"), "tier1-agent");

        for (String reader : List.of("auditor", "acme-agent")) {
            problem(
                    http.perform(as(
                            reader,
                            post(shown).contentType(MediaType.APPLICATION_JSON).content("[]"))),
                    403);
        }
        problem(
                        http.perform(as(
                                "tier1-agent",
                                post("/api/cases/ESC-K-1/suggestions/LESSON/shown")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("[]"))),
                        400)
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
        problem(
                http.perform(as(
                        "tier1-agent",
                        post(shown).contentType(MediaType.APPLICATION_JSON).content("{\"suggested\":\"ESC-K-0\"}"))),
                400);
        problem(
                http.perform(as(
                        "tier1-agent",
                        post("/api/cases/ESC-K-404/suggestions/CASE/shown")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("[]"))),
                404);
        verifyNoMoreInteractions(suggestions);

        willThrow(new ConflictException("Case ESC-K-1 is closed"))
                .given(suggestions)
                .shownNow("ESC-K-1", SuggestionKind.CASE, List.of("ESC-K-0"), "tier2-agent");
        problem(
                http.perform(as(
                        "tier2-agent",
                        post(shown).contentType(MediaType.APPLICATION_JSON).content("[\"ESC-K-0\"]"))),
                409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      trigger=BILLING_DISPUTE                | category
      category=BILLING                       | trigger
      category=FOOD&trigger=BILLING_DISPUTE  | category
      """)
    void aBadEvidenceParameterIs400NamingIt(String query, String field) throws Exception {
        problem(http.perform(as("supervisor", get("/api/knowledge/evidence?" + query))), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        verifyNoInteractions(similarCases);
    }

    private static CaseRecord withPartner(CaseRecord record, String partner) {
        return new CaseRecord(
                record.caseNumber(),
                record.customerId(),
                record.customerName(),
                record.customerEmail(),
                record.customerPhone(),
                record.preferredContactChannel(),
                record.channel(),
                record.category(),
                record.priority(),
                record.trigger(),
                record.customerSegment(),
                record.description(),
                record.externalReference(),
                record.status(),
                record.level(),
                partner,
                record.openedAt(),
                record.closedAt(),
                record.linkedCaseNumber(),
                record.language(),
                record.notificationOptOut());
    }
}
