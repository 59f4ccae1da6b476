package io.escalationdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * KPI facts stored while the policy's rules were numbered name their rule by its new id (V19),
 * one the deployed policy has, so the push-down report still finds what the rule says.
 */
@DatabaseTest
class PolicyRuleNamesMigrationTest {

    private static final String MIGRATION = "db/migration/common/V19__policy_rule_names.sql";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aNumberedRuleStoredBeforeIsNamedAfterwardsAndAnUnknownOneStays() {
        storeFact("ESC-OLD-1", "Rule_14");
        storeFact("ESC-OLD-2", "Rule_19");
        storeFact("ESC-NEW-1", "Rule_DelayedCase");
        storeFact("ESC-OTHER-1", "DecisionRule_0x1y2z");

        migrateAgain();

        assertThat(jdbc.sql("select case_number, policy_rule from case_fact where case_number like 'ESC-%'"
                                + " order by case_number")
                        .query((row, n) -> row.getString(1) + " " + row.getString(2))
                        .list())
                .containsExactly(
                        "ESC-NEW-1 Rule_DelayedCase",
                        "ESC-OLD-1 Rule_RepeatContact",
                        "ESC-OLD-2 Rule_SafetyNet",
                        "ESC-OTHER-1 DecisionRule_0x1y2z");
    }

    @Test
    void everyNewIdIsARuleOfThePolicy() throws IOException {
        Set<String> rules;
        try (InputStream policy = getClass().getResourceAsStream("/processes/EscalationPolicy.dmn")) {
            rules = Dmn.readModelFromStream(policy).getModelElementsByType(Rule.class).stream()
                    .map(Rule::getId)
                    .collect(Collectors.toSet());
        }
        String migration = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);

        assertThat(migration
                        .lines()
                        .filter(line -> line.contains(" then "))
                        .map(line -> line.substring(line.indexOf(" then ") + 6)
                                .replace("'", "")
                                .strip()))
                .hasSize(19)
                .allSatisfy(newId -> assertThat(rules).contains(newId));
    }

    private void storeFact(String caseNumber, String policyRule) {
        jdbc.sql("""
                insert into case_fact (case_number, opened_at, opened_day, opened_week, channel, category,
                  escalation_trigger, priority, customer_segment, policy_rule)
                values (?, ?, ?, ?, 'PHONE', 'GENERAL', 'REPEAT_CONTACT', 'NORMAL', 'STANDARD', ?)""")
                .params(
                        caseNumber,
                        OffsetDateTime.parse("2026-11-30T09:00:00+01:00"),
                        LocalDate.parse("2026-11-30"),
                        LocalDate.parse("2026-11-30"),
                        policyRule)
                .update();
    }

    /** The migration once more, in this test's transaction: Flyway ran it on the empty schema. */
    private void migrateAgain() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(MIGRATION));
    }
}
