package io.escalationdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import io.escalationdesk.insight.Satisfaction.Answers;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each KPI defined once, in {@link Kpi}; the columns of a report named from their keys. */
class KpiAndReportTest {

    @Test
    void everyKpiHasOneKeyAndTheFamiliesTakeEachOnce() {
        assertThat(Arrays.stream(Kpi.values()).map(kpi -> kpi.key)).doesNotHaveDuplicates();
        assertThat(Kpi.ofTheSurvey())
                .containsExactly(Kpi.SURVEY_RESPONSE_RATE, Kpi.SATISFACTION_AVERAGE, Kpi.DISSATISFIED)
                .doesNotContainAnyElementsOf(Kpi.ofTheFacts());
        // every KPI of the facts is worked out from their totals; none of the others is
        Kpi.ofTheFacts().forEach(Figures.NONE::value);
        assertThatThrownBy(() -> Figures.NONE.value(Kpi.CONSULTS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSurveysKpisAsWorkedOutByHand() {
        // 8 cases resolved, 6 answered: 75.0 %; answers 5, 4, 4, 3, 2, 1 average 3.17; 2 at or below 2
        Answers answers = new Answers(8, 6, new BigDecimal("3.17"), 2);

        assertThat(answers.value(Kpi.SURVEY_RESPONSE_RATE)).isEqualTo(new BigDecimal("75.0"));
        assertThat(answers.value(Kpi.SATISFACTION_AVERAGE)).isEqualTo(new BigDecimal("3.17"));
        assertThat(answers.value(Kpi.DISSATISFIED)).isEqualTo(2L);
        assertThat(new Answers(0, 0, null, 0).value(Kpi.SURVEY_RESPONSE_RATE)).isNull();
    }

    @Test
    void theFactsKpisAsWorkedOutByHand() {
        // 12 opened, 3 escalated, 7 resolved of which 5 at first contact; 9 stays ended, 2 breached
        CaseTotals cases = new CaseTotals(12, 3, 10, 2, 7, 7, 5, 4, 1, 0, null, 5400.0, null, null);
        StayTotals stays = new StayTotals(9, 2, 3, 1, 0, 90.0, null, null, null);
        Figures figures = Figures.of(cases, stays, 150L);

        assertThat(figures.value(Kpi.ESCALATION_RATE)).isEqualTo(new BigDecimal("2.0")); // 3 of 150
        assertThat(figures.value(Kpi.FIRST_CONTACT_RESOLUTION)).isEqualTo(new BigDecimal("71.4")); // 5 of 7
        assertThat(figures.value(Kpi.TRANSFER_RATE)).isEqualTo(new BigDecimal("0.33")); // 4 per 12
        assertThat(figures.value(Kpi.SLA_ACHIEVEMENT)).isEqualTo(new BigDecimal("77.8")); // 7 of 9
        assertThat(figures.value(Kpi.AVOIDABLE_SHARE)).isEqualTo(new BigDecimal("33.3")); // 1 of 3
        assertThat(figures.value(Kpi.TIME_TO_RESOLVE_P90)).isEqualTo(new BigDecimal("1.50")); // 5400 s
        assertThat(figures.value(Kpi.FIRST_RESPONSE_MEDIAN)).isEqualTo(new BigDecimal("1.5")); // 90 s
        assertThat(Figures.of(cases, stays, null).unitOf(Kpi.ESCALATION_RATE)).isEqualTo("per 100 cases");
    }

    @Test
    void columnsAreNamedByTheirKeysAndKpisByTheirDefinition() {
        Report report = Report.titled("Test")
                .coded("level")
                .columnNamed("resolved", "resolvedHere", "cases")
                .kpi(Kpi.BREACH_RATE)
                .previous(Kpi.ESCALATION_RATE, "per 100 cases")
                .build();

        assertThat(report.columns())
                .extracting(Report.Column::key, Report.Column::label, Report.Column::unit)
                .startsWith(
                        tuple("level", "Level code", null),
                        tuple("levelLabel", "Level", null),
                        tuple("resolved", "Resolved here", "cases"));
        assertThat(report.columns())
                .extracting(Report.Column::key, Report.Column::label)
                .endsWith(
                        tuple("breachRate", "SLA breaches"),
                        tuple("previousEscalationRate", "Escalation rate, previous period"));
    }
}
