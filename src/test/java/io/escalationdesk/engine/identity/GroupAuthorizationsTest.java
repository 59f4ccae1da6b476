package io.escalationdesk.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.system.DatabaseVendor;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who sees and works a Tier 1 task through /engine-rest, the API Tasklist itself uses. */
@EscalationDeskTest
@Tag("database")
class GroupAuthorizationsTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    TaskService tasks;

    @Autowired
    EngineCases cases;

    @Autowired
    DatabaseVendor database;

    @Autowired
    JdbcClient jdbc;

    /**
     * Without statistics on the authorizations, or with a plan made once for any user, PostgreSQL
     * joined a large queue with its authorizations row by row.
     */
    @Test
    void postgresqlPlansTaskQueriesKnowingHowManyAuthorizationsGrantReading() {
        assumeTrue(database.isPostgreSQL(), "statistics on expressions are PostgreSQL's");

        assertThat(jdbc.sql("select count(*) from pg_statistic_ext where stxname = " + "'act_ru_authorization_read'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
                .isEqualTo("force_custom_plan");
    }

    @ParameterizedTest(name = "{0} sees it: {1}, claims it: {2}")
    @CsvSource(textBlock = """
      tier1-agent,     1, 204
      supervisor,      1, 204
      admin,           1, 204
      demo,            1, 204
      auditor,         1, 403
      tier2-agent,     0, 403
      billing-agent,   0, 403
      process-owner,   0, 403
      """)
    void aTier1TaskIsTier1WorkAndSupervisorsAndAdminsToo(String user, long sees, int claim) throws Exception {
        String caseNumber = tier1Case();
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();

        long visible = json.readTree(api.get(user, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber)
                        .body())
                .get("count")
                .asLong();
        int claimed = api.post(user, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
                .statusCode();

        assertThat(visible).isEqualTo(sees);
        assertThat(claimed).isEqualTo(claim);
    }

    @Test
    void aSupervisorReassignsATeamMembersTask() throws Exception {
        String caseNumber = tier1Case();
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        tasks.claim(taskId, "tier1-agent");

        int reassigned = api.post(
                        "supervisor", "/engine-rest/task/" + taskId + "/assignee", "{\"userId\":\"tier1-colleague\"}")
                .statusCode();

        assertThat(reassigned).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("tier1-colleague");
        assertThat(api.post("tier2-agent", "/engine-rest/task/" + taskId + "/assignee", "{\"userId\":\"tier2-agent\"}")
                        .statusCode())
                .isNotEqualTo(204);
    }

    @Test
    void agentsFindTheirQueueInASharedTasklistFilter() throws Exception {
        tier1Case();
        JsonNode filters = json.readTree(
                api.get("tier1-agent", "/engine-rest/filter?resourceType=Task&name=My%20group%27s%20queue")
                        .body());
        String queue = filters.get(0).get("id").asText();

        long forTier1 = json.readTree(api.get("tier1-agent", "/engine-rest/filter/" + queue + "/count")
                        .body())
                .get("count")
                .asLong();
        long forBilling = json.readTree(api.get("billing-agent", "/engine-rest/filter/" + queue + "/count")
                        .body())
                .get("count")
                .asLong();

        assertThat(forTier1).isPositive();
        assertThat(forBilling).isLessThan(forTier1);
    }

    private String tier1Case() {
        return cases.openAtTier1("ESC-AUTH", Map.of("category", "GENERAL"));
    }
}
