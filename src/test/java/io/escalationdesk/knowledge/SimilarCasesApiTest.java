package io.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole way: an agent resolves a case in the engine, the index's poll takes it up, and the
 * next agent with a case like it reads how it was resolved, and the customer's other cases.
 */
@EscalationDeskTest
class SimilarCasesApiTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    SimilarityIndexFeed feed;

    @Test
    void aResolutionIsSuggestedForTheNextCaseLikeIt() throws Exception {
        String resolved = cases.openAtTier1(
                "KNOW", Map.of("description", "The smart meter shows no reading since the firmware update"));
        cases.tier1Decides(
                resolved,
                "RESOLVED",
                Map.of(
                        "resolutionCode",
                        "WORKAROUND",
                        "resolutionSummary",
                        "Rolled the meter back to the previous firmware"));
        String open = cases.openAtTier1(
                "KNOW", Map.of("description", "No reading on my smart meter after the firmware update"));

        feed.catchUp();

        JsonNode similar = json.readTree(
                api.get("tier1-agent", "/api/cases/" + open + "/similar").body());
        JsonNode first = similar.get("cases").get(0);
        assertThat(first.get("caseNumber").asText()).isEqualTo(resolved);
        assertThat(first.get("resolvedAt").asText()).isEqualTo("TIER1");
        assertThat(first.get("resolution").asText()).isEqualTo("WORKAROUND");
        assertThat(first.get("note").asText()).isEqualTo("Rolled the meter back to the previous firmware");
        assertThat(first.get("matchedWords").toString()).contains("smart", "meter", "firmware");
        // other tests' cases share words with these, so which Tier 1 resolution leads may vary here;
        // SimilarCasesTest pins the hint's counts on a hand-built set
        assertThat(similar.at("/tierOneHint/atTierOne").asInt()).isPositive();
        assertThat(similar.at("/tierOneHint/wording/DE").asText())
                .containsPattern("^\\d+ von \\d+ ähnlichen Fällen wurden in Tier 1 mit „.+“ gelöst$");

        JsonNode history = json.readTree(api.get("tier1-agent", "/api/cases/" + open + "/customer-history")
                .body());
        assertThat(history.get("otherCases").findValuesAsText("caseNumber")).contains(resolved);

        assertThat(api.get("supervisor", "/api/knowledge/evidence?category=BILLING&trigger=RESOLUTION_DELAYED")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.get("tier1-agent", "/api/cases/" + open + "/articles").statusCode())
                .isEqualTo(200);
    }
}
