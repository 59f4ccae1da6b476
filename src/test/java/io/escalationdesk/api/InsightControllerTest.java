package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escalationdesk.insight.InsightCache;
import io.escalationdesk.system.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who reads which figures, and a bad report parameter named before any figure is worked out. */
@ApiSlice
class InsightControllerTest {

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    InsightCache cache;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(textBlock = """
      supervisor,    /api/insights/summary,              200
      manager,       /api/insights/summary,              200
      auditor,       /api/insights/summary,              200
      demo,          /api/insights/push-down,            200
      tier1-agent,   /api/insights/summary,              403
      process-owner, /api/insights/push-down,            200
      process-owner, /api/insights/agents,               403
      supervisor,    /api/insights/agents,               200
      manager,       /api/insights/agents,               200
      auditor,       /api/insights/agents,               403
      tier1-agent,   /api/insights/agents,               403
      tier1-agent,   /api/insights/agents/tier1-agent,   200
      tier2-agent,   /api/insights/agents/tier1-agent,   403
      supervisor,    /api/insights/agents/tier1-agent,   200
      """)
    void teamFiguresForSupervisorsManagementAuditorsAgentFiguresForTheAgentAndTheirSupervisors(
            String user, String path, int status) throws Exception {
        http.perform(as(user, get(path))).andExpect(status().is(status));
    }

    @Test
    void nobodySignedInHasNoFiguresOfTheirOwn() throws Exception {
        http.perform(get("/api/insights/agents/anonymousUser")).andExpect(status().isUnauthorized());
    }

    /** A page asks first which figures its user reads, and then for those only. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
      tier1-agent,   OWN
      billing-agent, OWN
      auditor,       TEAMS
      process-owner, TEAMS
      supervisor,    AGENTS
      manager,       AGENTS
      admin,         AGENTS
      demo,          AGENTS
      """)
    void everyoneSignedInLearnsWhichFiguresTheyRead(String user, String figures) throws Exception {
        http.perform(as(user, get("/api/insights/access")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures").value(figures));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      /api/insights/summary?from=2026-11-30&to=2026-11-23 | to
      /api/insights/summary?channel=FAX                   | channel
      /api/insights/summary?team=sales                    | team
      /api/insights/trends?by=MONTH                       | by
      /api/insights/summary?from=yesterday                | from
      """)
    void badInsightParametersAreNamed(String path, String field) throws Exception {
        problem(http.perform(as("supervisor", get(path))), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        verifyNoInteractions(cache);
    }
}
