package io.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.goodwill.GoodwillKind;
import io.escalationdesk.goodwill.GoodwillProperties;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer's history beside a case: their other cases, last answer, breaches and goodwill. */
@RepositorySlice
class CustomerHistoryTest {

    @Autowired
    CaseRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCustomersOtherCasesTheirLastAnswerBreachesAndGoodwillGranted() {
        KnowledgeRows rows = new KnowledgeRows(records, jdbc);
        CaseRecord current =
                rows.open("ESC-H-3", "C-7", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, "Again");
        rows.open("ESC-H-2", "C-7", Language.EN, Category.TECHNICAL, Trigger.TECHNICAL_FAULT, "Router");
        rows.open("ESC-H-9", "C-OTHER", Language.EN, Category.BILLING, Trigger.BILLING_DISPUTE, "Someone else");
        records.moveTo("ESC-H-2", io.escalationdesk.escalation.Level.CLOSED, KnowledgeRows.NOW.minusSeconds(60));
        records.heldBy("ESC-H-2", "acme");
        jdbc.sql("update case_fact set breaches = 2 where case_number = 'ESC-H-2'")
                .update();
        jdbc.sql("update case_fact set breaches = 1 where case_number in ('ESC-H-3', 'ESC-H-9')")
                .update();
        jdbc.sql("""
            insert into survey_answer (case_number, answered_at, satisfaction, concern_resolved, comment,
              answered_via, reported_by, dissatisfied, escalation_trigger, category)
            values ('ESC-H-2', ?, 2, false, '<b>still broken</b>', 'PAGE', 'customer', true, 'TECHNICAL_FAULT',
              'TECHNICAL')""").param(Timestamp.from(KnowledgeRows.NOW)).update();
        jdbc.sql("""
            insert into goodwill (case_number, requested_at, requested_by, level, kind, amount, reason, status,
              granted_at)
            values (?, ?, 'tier1-agent', 'TIER1', ?, 20.00, 'Sorry', ?, ?)""")
                .params(
                        "ESC-H-2",
                        Timestamp.from(KnowledgeRows.NOW),
                        "CREDIT",
                        "GRANTED",
                        Timestamp.from(KnowledgeRows.NOW))
                .update();
        jdbc.sql("""
            insert into goodwill (case_number, requested_at, requested_by, level, kind, amount, reason, status)
            values ('ESC-H-3', ?, 'tier1-agent', 'TIER1', 'CREDIT', 500.00, 'Too much', 'REJECTED')""").param(Timestamp.from(KnowledgeRows.NOW)).update();
        CustomerHistory history = new CustomerHistory(jdbc, new GoodwillProperties("EUR"));

        CustomerHistory.Summary summary = history.of(current, Optional.empty());

        assertThat(summary.otherCases())
                .extracting(CustomerHistory.OtherCase::caseNumber, CustomerHistory.OtherCase::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ESC-H-2", CaseStatus.CLOSED));
        assertThat(summary.lastSatisfaction().satisfaction()).isEqualTo(2);
        assertThat(summary.lastSatisfaction().comment()).isEqualTo("<b>still broken</b>");
        assertThat(summary.slaBreaches()).isEqualTo(3);
        assertThat(summary.goodwillGranted())
                .extracting(CustomerHistory.GrantedGoodwill::kind, CustomerHistory.GrantedGoodwill::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GoodwillKind.CREDIT, new BigDecimal("20.00")));
        assertThat(summary.currency()).isEqualTo("EUR");

        // a partner's agent: only what happened on the cases their partner has
        CustomerHistory.Summary forAcme = history.of(current, Optional.of("acme"));
        assertThat(forAcme.otherCases())
                .extracting(CustomerHistory.OtherCase::caseNumber)
                .containsExactly("ESC-H-2");
        assertThat(forAcme.slaBreaches()).isEqualTo(2);
        assertThat(history.of(current, Optional.of("other")))
                .extracting(
                        CustomerHistory.Summary::otherCases,
                        CustomerHistory.Summary::lastSatisfaction,
                        CustomerHistory.Summary::slaBreaches,
                        CustomerHistory.Summary::goodwillGranted)
                .containsExactly(java.util.List.of(), null, 0L, java.util.List.of());
    }
}
