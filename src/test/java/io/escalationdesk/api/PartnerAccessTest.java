package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner team's agent (acme-agent) sees the tasks and cases routed to their partner and
 * nothing else: in /engine-rest by the engine's authorizations, in the case API by its queries.
 * The policy routes complex account issues to Tier 2 at the partner acme (Rule_OtherComplexIssueAtPartner).
 */
@EscalationDeskTest
@Tag("database")
class PartnerAccessTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Map<String, Object> ACCOUNT_ISSUE = Map.of("category", "ACCOUNT", "trigger", "COMPLEX_ISSUE");

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnersAgentGetsOnlyThePartnersTasksFromTheEngine() throws Exception {
        String partnerCase = cases.openAtTier1("ACME", ACCOUNT_ISSUE);
        String ourCase = cases.openAtTier1("OURS", Map.of());

        assertThat(taskCount("acme-agent", "?processInstanceBusinessKey=" + partnerCase))
                .isOne();
        assertThat(taskCount("acme-agent", "?processInstanceBusinessKey=" + ourCase))
                .isZero();
        assertThat(taskCount("acme-agent", ""))
                .isEqualTo(tasks.createTaskQuery()
                        .taskCandidateGroup("partner-acme")
                        .count());
        assertThat(taskCount("tier2-agent", "?processInstanceBusinessKey=" + partnerCase))
                .isZero();
        assertThat(json.readTree(api.get("acme-agent", "/engine-rest/process-instance/count?businessKey=" + partnerCase)
                                .body())
                        .get("count")
                        .asLong())
                .isZero();
    }

    @Test
    void aPartnersAgentFindsOnlyThePartnersCasesAndNotAnotherByNumber() throws Exception {
        String partnerCase = cases.openAtTier1("ACME", ACCOUNT_ISSUE);
        String ourCase = cases.openAtTier1("OURS", Map.of());

        JsonNode found =
                json.readTree(api.get("acme-agent", "/api/cases?size=100").body());
        assertThat(found.get("total").asLong())
                .isEqualTo(jdbc.sql("select count(*) from escalation_case where partner = 'acme'")
                        .query(Long.class)
                        .single());
        assertThat(found.get("items").findValuesAsText("caseNumber"))
                .contains(partnerCase)
                .doesNotContain(ourCase);
        assertThat(api.get("acme-agent", "/api/cases/" + partnerCase).statusCode())
                .isEqualTo(200);
        assertThat(api.get("acme-agent", "/api/cases/" + ourCase).statusCode()).isEqualTo(404);
        // a supervisor reads who has it; its customer is told of "our specialist team"
        assertThat(json.readTree(api.get("supervisor", "/api/cases/" + partnerCase)
                                .body())
                        .get("heldBy")
                        .asText())
                .isEqualTo("Acme Customer Services");
        assertThat(jdbc.sql("select partner from notification_outbox where case_number = ? "
                                + "and audience = 'CUSTOMER' and level = 'TIER2'")
                        .param(partnerCase)
                        .query(String.class)
                        .list())
                .containsOnly("acme");
        assertThat(api.get("acme-agent", "/api/insights/summary").statusCode()).isEqualTo(403);
        assertThat(api.post("acme-agent", "/api/cases", "{}").statusCode()).isEqualTo(403);
    }

    /**
     * Who has a partner's case reads the same everywhere: its timeline and its record name the
     * partner. Its task is the partner's: the partner's agents and supervisors open it in
     * Tasklist; a Tier 2 agent is told whose queue it is in, not offered a link Tasklist answers
     * 404 to.
     */
    @Test
    void whoHasAPartnersCaseAndWhoMayOpenItsTask() throws Exception {
        String partnerCase = cases.openAtTier1("ACME", ACCOUNT_ISSUE);

        JsonNode detail = json.readTree(
                api.get("tier2-agent", "/api/cases/" + partnerCase).body());
        assertThat(detail.at("/caseRecord/partner").asText()).isEqualTo("acme");
        JsonNode routed = detail.get("timeline").findParents("event").stream()
                .filter(update -> update.get("event").asText().equals("ROUTED"))
                .findFirst()
                .orElseThrow();
        assertThat(routed.get("level").asText() + " " + routed.get("partner").asText())
                .isEqualTo("TIER2 acme");
        JsonNode task = detail.get("tasks").get(0);
        assertThat(task.get("queue").asText()).isEqualTo("Acme Customer Services");
        assertThat(task.get("readerMayOpen").asBoolean()).isFalse();
        String taskId = task.get("id").asText();
        assertThat(api.get("tier2-agent", "/engine-rest/task/" + taskId).statusCode())
                .isEqualTo(404);
        for (String mayOpen : List.of("acme-agent", "supervisor")) {
            assertThat(json.readTree(api.get(mayOpen, "/api/cases/" + partnerCase)
                                    .body())
                            .at("/tasks/0/readerMayOpen")
                            .asBoolean())
                    .as(mayOpen)
                    .isTrue();
            assertThat(api.get(mayOpen, "/engine-rest/task/" + taskId).statusCode())
                    .as(mayOpen)
                    .isEqualTo(200);
        }
        assertThat(json.readTree(api.get("acme-agent", "/api/labels").body())
                        .get("Partner")
                        .toString())
                .isEqualTo("{\"acme\":\"Acme Customer Services\"}");
    }

    @Test
    void aCaseMovedAwayFromThePartnerLeavesItsView() throws Exception {
        String partnerCase = cases.openAtTier1("ACME", ACCOUNT_ISSUE);
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(partnerCase)
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .singleResult()
                .getId();
        identity.setAuthentication("acme-agent", List.of("partner-acme"));
        try {
            tasks.claim(taskId, "acme-agent");
            tasks.complete(taskId, Map.of("outcome", "ESCALATE", "reason", "Needs a supervisor"));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(api.get("acme-agent", "/api/cases/" + partnerCase).statusCode())
                .isEqualTo(404);
        assertThat(taskCount("acme-agent", "?processInstanceBusinessKey=" + partnerCase))
                .isZero();
        assertThat(api.get("supervisor", "/api/cases/" + partnerCase).statusCode())
                .isEqualTo(200);
    }

    private long taskCount(String user, String query) throws Exception {
        return json.readTree(api.get(user, "/engine-rest/task/count" + query).body())
                .get("count")
                .asLong();
    }
}
