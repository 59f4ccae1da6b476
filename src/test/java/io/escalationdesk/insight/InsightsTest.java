package io.escalationdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.ApplicationSettings;
import io.escalationdesk.DatabaseTest;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.PhoneNumbers;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.consult.Consults;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.feedback.Lesson;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.ReviewFilter;
import io.escalationdesk.goodwill.Goodwill;
import io.escalationdesk.goodwill.GoodwillKind;
import io.escalationdesk.goodwill.GoodwillLimit;
import io.escalationdesk.goodwill.GoodwillLimits;
import io.escalationdesk.goodwill.GoodwillRequest;
import io.escalationdesk.intake.ContactVolume;
import io.escalationdesk.intake.ContactVolumes;
import io.escalationdesk.knowledge.Articles;
import io.escalationdesk.move.CaseAt;
import io.escalationdesk.move.CaseFacts;
import io.escalationdesk.move.CaseMoves;
import io.escalationdesk.move.Decision;
import io.escalationdesk.sla.SlaCalendars;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.StaffTime;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineReader;
import io.escalationdesk.timeline.TimelineWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every KPI on a hand-built fortnight whose figures were worked out by hand (the comments show
 * how). The cases are written by the same writers the process uses: the case's moves and the facts.
 *
 * <p>This week, Monday 23 to Sunday 29 November 2026, Berlin, calendar "standard" (Mon-Fri
 * 08:00-18:00) unless said otherwise:
 * <pre>
 *  A  Fri 17:00 PHONE GENERAL  RESOLUTION_DELAYED T1 avoidable  anna 17:30, resolves Mon 30 09:00 ANSWERED
 *  B  Mon 09:00 EMAIL BILLING  BILLING_DISPUTE    T1            ben 09:10, escalates 10:00; T2 tina 10:30,
 *                                                                hands off 11:00; billing bill 11:20, returns
 *                                                                12:00; T2 tina 12:10, escalates 13:00;
 *                                                                supervisor sam 13:30, resolves 14:00 CREDITED
 *  C  Tue 10:00 CHAT  ACCOUNT  REPEAT_CONTACT     T2 avoidable  tina 10:15, resolves 11:00 ANSWERED
 *  D  Wed 10:00 CHAT  ACCOUNT  REPEAT_CONTACT     T2 avoidable  tina 10:05, warned 12:00, resolves 12:30 WORKAROUND
 *  E  Thu 08:00 PHONE TECHNICAL TECHNICAL_FAULT   T2 24x7       nobody by 08:15, warned 08:30, breached 10:00;
 *                                                                supervisor sam 10:10, resolves 11:00 FIXED
 *  F1 Mon 14:00 PHONE GENERAL  RESOLUTION_DELAYED T1 avoidable  carl 14:20, escalates 15:00; T2 tina 15:30,
 *                                                                resolves 16:00 ANSWERED
 *  F2 Tue 14:00 PHONE GENERAL  RESOLUTION_DELAYED T1 avoidable  carl 14:05, escalates 14:30; T2 tina 15:00; open
 *  L  Fri 12:00 CHAT  ACCOUNT  REPEAT_CONTACT     T2 avoidable  follow-up of C; open, SLA due Mon 30 09:30
 * </pre>
 * The week before: G, H, I (Tier 1, resolved by anna, ben, dora), J (dora escalates, tina
 * resolves) and K (follow-up of G, Tier 2, open). Contacts this week: phone 100 and chat 50 a
 * weekday, email 50 on Monday: 800.
 */
@DatabaseTest
@Import({
    KpiFigures.class,
    LevelFigures.class,
    VolumeFigures.class,
    PushDownFigures.class,
    BacklogFigures.class,
    CasesBehindFigures.class,
    Coaching.class,
    Satisfaction.class,
    Lessons.class,
    Articles.class,
    HelpLineFigures.class,
    GoodwillFigures.class,
    CaseActivityQueries.class,
    Consults.class,
    Goodwill.class,
    PartnerFigures.class,
    InsightQueries.class,
    ContactVolumes.class,
    CaseFacts.class,
    CaseMoves.class,
    TimelineWriter.class,
    TimelineReader.class,
    CaseRecords.class,
    SlaCalendars.class,
    DatabaseVendor.class,
    Labels.class,
    ApplicationSettings.class,
    StaffTime.class,
    PhoneNumbers.class,
    InsightsTest.Setup.class
})
@TestPropertySource(properties = "escalation.insight.coaching-minimum-cases=2")
class InsightsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final InsightFilter THIS_WEEK = new InsightFilter(
            LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"), null, null, null, null, null);

    @Autowired
    KpiFigures kpiFigures;

    @Autowired
    LevelFigures levelFigures;

    @Autowired
    VolumeFigures volumeFigures;

    @Autowired
    PushDownFigures pushDownFigures;

    @Autowired
    BacklogFigures backlogFigures;

    @Autowired
    CasesBehindFigures casesBehindFigures;

    @Autowired
    Coaching coaching;

    @Autowired
    ContactVolumes contactVolumes;

    @Autowired
    TimelineWriter timeline;

    @Autowired
    CaseMoves moves;

    @Autowired
    CaseFacts facts;

    @Autowired
    CaseRecords records;

    @Autowired
    SettableClock clock;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    Lessons lessons;

    @Autowired
    HelpLineFigures helpLineFigures;

    @Autowired
    GoodwillFigures goodwillFigures;

    @Autowired
    Consults consults;

    @Autowired
    Goodwill goodwill;

    @Autowired
    PartnerFigures partnerFigures;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aFortnightOfCases() {
        theWeekBefore();
        thisWeek();
        List<ContactVolume> contacts = new ArrayList<>();
        for (int day = 23; day <= 27; day++) {
            LocalDate date = LocalDate.of(2026, 11, day);
            contacts.add(new ContactVolume(date, Channel.PHONE, "tier1", 100));
            contacts.add(new ContactVolume(date, Channel.CHAT, "tier1", 50));
        }
        contacts.add(new ContactVolume(LocalDate.of(2026, 11, 23), Channel.EMAIL, "tier1", 50));
        contactVolumes.report(contacts, "volumes");
        at("2026-11-30T09:00"); // Monday morning: the supervisor looks
        resolve("A", "anna", Level.TIER1, ResolutionCode.ANSWERED);
    }

    @Test
    void theSummaryCountsEveryKpiAsWorkedOutByHand() {
        Map<String, Object> values = column(kpiFigures.summary(THIS_WEEK), "value");

        assertThat(values)
                .containsEntry("contacts", 800L) // 5 x (100 + 50) + 50
                .containsEntry("casesOpened", 8L) // A B C D E F1 F2 L
                .containsEntry("casesEscalated", 7L) // all but A
                .containsEntry("escalationRate", decimal("0.9")) // 7 / 800 x 100 = 0.875
                .containsEntry("leftTier1", decimal("75.0")) // B F1 F2 of A B F1 F2
                .containsEntry("firstContactResolution", decimal("50.0")) // A C D of A B C D E F1
                .containsEntry("transferRate", decimal("0.88")) // B 4, E 1, F1 1, F2 1 over 8
                .containsEntry("repeatContactRate", decimal("16.7")) // C (L within 3 days) of 6 closed
                // first responses, 13 stays: 300 300 600 600 600 900 [1200] 1200 1800 x5 seconds
                .containsEntry("firstResponseMedian", decimal("20.0"))
                .containsEntry("firstResponseP90", decimal("30.0"))
                .containsEntry("firstResponseElapsedMedian", decimal("20.0"))
                // resolved in business seconds 3600 7200 7200 9000 10800 18000: (7200 + 9000) / 2,
                // A counts 2 h: Friday 17:00-18:00 and Monday 08:00-09:00
                .containsEntry("timeToResolveMedian", decimal("2.25"))
                .containsEntry("timeToResolveP90", decimal("4.00")) // 10800 + 0.5 x 7200
                // elapsed 3600 7200 9000 10800 18000 230400 (A: Friday 17:00 to Monday 09:00, 64 h)
                .containsEntry("timeToResolveElapsedMedian", decimal("2.75"))
                .containsEntry("timeToResolveElapsedP90", decimal("34.50")) // 18000 + 0.5 x 212400
                .containsEntry("slaAchievement", decimal("92.3")) // 12 of 13 stays ended
                .containsEntry("breachRate", decimal("7.7")) // E at Tier 2
                .containsEntry("warningsFollowedByBreach", decimal("50.0")) // D and E warned, E breached
                .containsEntry("missedFirstResponses", 1L) // E at Tier 2
                .containsEntry("avoidableShare", decimal("71.4")); // C D F1 F2 L of 7 escalated
        Map<String, Object> previous = column(kpiFigures.summary(THIS_WEEK), "previous");
        assertThat(previous)
                .containsEntry("casesOpened", 5L) // G H I J K
                .containsEntry("casesEscalated", 2L) // J, K
                .containsEntry("repeatContactRate", decimal("25.0")) // G of G H I J
                .containsEntry("escalationRate", null); // no contacts that week: not comparable
    }

    /**
     * This week's answers (customersAnswer): A 5, B 2, C 4, E 1 not resolved, F1 3 not resolved of
     * the 6 resolved (A B C D E F1); the week before G answers 4 of G H I J.
     */
    @Test
    void theSummaryHasTheSurveysFiguresBesideThePreviousPeriodAsWorkedOutByHand() {
        customersAnswer();
        answer("G", 4, true, "TIER1");

        Report summary = kpiFigures.summary(THIS_WEEK);

        assertThat(column(summary, "value"))
                .containsEntry("surveyResponseRate", decimal("83.3")) // 5 of 6
                .containsEntry("satisfactionAverage", decimal("3.00")) // (5 + 2 + 4 + 1 + 3) / 5
                .containsEntry("dissatisfied", 3L); // B 2, E and F1 not resolved
        assertThat(column(summary, "previous"))
                .containsEntry("surveyResponseRate", decimal("25.0")) // G of G H I J
                .containsEntry("satisfactionAverage", decimal("4.00"))
                .containsEntry("dissatisfied", 0L);
        assertThat(column(summary, "unit")).containsEntry("satisfactionAverage", "1-5");
    }

    /** Managers read the definitions on the dashboard: the settings' values, not their keys. */
    @Test
    void theDefinitionsNameNoSettingNoApiPathAndNoFile() {
        Map<String, Object> definitions = column(kpiFigures.definitions(), "definition");

        assertThat(definitions.values())
                .allSatisfy(definition ->
                        assertThat((String) definition).doesNotContainPattern("escalation\\.|/api/|\\.dmn|POST|GET"));
        assertThat(definitions.get("repeatContactRate")).asString().endsWith("within 7 days of closing");
        assertThat(definitions.get("dissatisfied")).asString().startsWith("Answers of 2 or less");
        assertThat(column(kpiFigures.summary(THIS_WEEK), "definition"))
                .containsEntry("repeatContactRate", definitions.get("repeatContactRate"));
    }

    /** A CSV's header tells every column apart: "Level code,Level", never "Level,Level". */
    @Test
    void everyReportHeadsItsColumnsWithLabelsOfTheirOwn() {
        List<Report> reports = new ArrayList<>(List.of(
                kpiFigures.definitions(),
                kpiFigures.summary(THIS_WEEK),
                kpiFigures.trends(THIS_WEEK, KpiFigures.Granularity.DAY),
                levelFigures.levels(THIS_WEEK),
                levelFigures.slaByLevelAndPriority(THIS_WEEK),
                pushDownFigures.avoidable(THIS_WEEK),
                pushDownFigures.pushDown(THIS_WEEK),
                backlogFigures.backlog(),
                backlogFigures.atRisk(),
                coaching.teams(THIS_WEEK),
                coaching.agents(THIS_WEEK),
                coaching.agent("carl", THIS_WEEK),
                satisfaction.lessons(THIS_WEEK),
                helpLineFigures.consults(THIS_WEEK),
                goodwillFigures.goodwill(THIS_WEEK),
                partnerFigures.partners(THIS_WEEK)));
        for (VolumeFigures.Dimension by : VolumeFigures.Dimension.values()) {
            reports.add(volumeFigures.volume(THIS_WEEK, by));
        }
        for (Satisfaction.Grouping by : Satisfaction.Grouping.values()) {
            reports.add(satisfaction.satisfaction(THIS_WEEK, by));
        }

        assertThat(reports)
                .allSatisfy(report -> assertThat(report.columns())
                        .as(report.title())
                        .extracting(Report.Column::label)
                        .doesNotHaveDuplicates());
        assertThat(levelFigures.slaByLevelAndPriority(THIS_WEEK).columns())
                .extracting(Report.Column::label)
                .startsWith("Level code", "Level", "Priority code", "Priority");
    }

    @Test
    void theRatesPer100CasesWhenAFilterCannotApplyToContacts() {
        Report billing = kpiFigures.summary(
                new InsightFilter(THIS_WEEK.from(), THIS_WEEK.to(), null, Category.ACCOUNT, null, null, null));

        assertThat(column(billing, "value"))
                .containsEntry("escalationRate", decimal("100.0"))
                .containsEntry("contacts", null); // C D L, all escalated
        assertThat(column(billing, "unit")).containsEntry("escalationRate", "per 100 cases");
        assertThat(billing.notes()).anyMatch(note -> note.contains("per 100 cases opened"));
    }

    @Test
    void levelByLevel() {
        Map<String, Map<String, Object>> levels = rows(levelFigures.levels(THIS_WEEK), "level");

        assertThat(levels.get("TIER1"))
                .containsEntry("stays", 4L) // A B F1 F2
                .containsEntry("firstResponseMedian", decimal("15.0")) // 300 600 1200 1800
                .containsEntry("resolved", 1L) // A
                .containsEntry("timeToResolveMedian", decimal("2.00"));
        assertThat(levels.get("TIER2"))
                .containsEntry("stays", 8L) // B twice, C D E F1 F2 L
                .containsEntry("firstResponseMedian", decimal("22.5")) // 300 600 900 1800 1800 1800
                .containsEntry("slaAchievement", decimal("83.3")) // 5 of 6 ended
                .containsEntry("breachRate", decimal("16.7"))
                .containsEntry("warningsFollowedByBreach", decimal("50.0"))
                .containsEntry("missedFirstResponses", 1L)
                .containsEntry("resolved", 3L) // C D F1
                .containsEntry("timeToResolveMedian", decimal("2.00")); // 3600 7200 9000
        assertThat(levels.get("SUPERVISOR"))
                .containsEntry("stays", 2L)
                .containsEntry("timeToResolveMedian", decimal("4.00")); // B 18000, E 10800 (24x7)
        assertThat(levels.get("BILLING")).containsEntry("stays", 1L);
        assertThat(levels.get("MANAGEMENT")).containsEntry("stays", 0L).containsEntry("slaAchievement", null);
    }

    @Test
    void slasByLevelAndPriority() {
        Report sla = levelFigures.slaByLevelAndPriority(THIS_WEEK);

        assertThat(sla.rows())
                .extracting(row -> row.get("level") + "/" + row.get("priority"))
                .containsExactly(
                        "TIER1/NORMAL",
                        "TIER1/HIGH",
                        "TIER2/NORMAL",
                        "TIER2/HIGH",
                        "TIER2/URGENT",
                        "SUPERVISOR/HIGH",
                        "SUPERVISOR/URGENT",
                        "BILLING/HIGH");

        assertThat(sla.rows())
                .filteredOn(row -> "TIER2".equals(row.get("level")) && "URGENT".equals(row.get("priority")))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("ended", 1L)
                        .containsEntry("breached", 1L)
                        .containsEntry("breachRate", decimal("100.0")));
        assertThat(sla.rows())
                .filteredOn(row -> "TIER2".equals(row.get("level")) && "NORMAL".equals(row.get("priority")))
                .singleElement()
                .satisfies(row ->
                        assertThat(row).containsEntry("ended", 3L).containsEntry("slaAchievement", decimal("100.0")));
    }

    @Test
    void volumeByChannelAgainstItsContacts() {
        Map<String, Map<String, Object>> channels =
                rows(volumeFigures.volume(THIS_WEEK, VolumeFigures.Dimension.CHANNEL), "key");

        assertThat(channels.get("PHONE"))
                .containsEntry("casesOpened", 4L) // A E F1 F2
                .containsEntry("casesEscalated", 3L)
                .containsEntry("contacts", 500L)
                .containsEntry("escalationRate", decimal("0.6"))
                .containsEntry("keyLabel", "Phone");
        assertThat(channels.get("CHAT"))
                .containsEntry("casesEscalated", 3L) // C D L
                .containsEntry("escalationRate", decimal("1.2")); // 3 / 250
        assertThat(channels.get("EMAIL")).containsEntry("escalationRate", decimal("2.0")); // B / 50
    }

    @Test
    void trendsByDayAndWeekBesideThePreviousPeriod() {
        Map<String, Map<String, Object>> days =
                rows(kpiFigures.trends(THIS_WEEK, KpiFigures.Granularity.DAY), "bucket");
        Map<String, Map<String, Object>> weeks =
                rows(kpiFigures.trends(THIS_WEEK, KpiFigures.Granularity.WEEK), "bucket");

        assertThat(days).hasSize(7);
        assertThat(days.get("2026-11-23")) // B F1; contacts 100 + 50 + 50
                .containsEntry("previousBucket", "2026-11-16")
                .containsEntry("casesOpened", 2L)
                .containsEntry("escalationRate", decimal("1.0"))
                .containsEntry("previousCasesOpened", 1L); // G
        assertThat(days.get("2026-11-24")).containsEntry("escalationRate", decimal("1.3")); // 2 / 150
        assertThat(days.get("2026-11-28")).containsEntry("casesOpened", 0L).containsEntry("escalationRate", null);
        assertThat(weeks.get("2026-11-23"))
                .containsEntry("casesOpened", 8L)
                .containsEntry("escalationRate", decimal("0.9"))
                .containsEntry("previousCasesOpened", 5L);
    }

    @Test
    void trendsKeepThePeriodsBasisForTheRateOnDaysWithoutReportedContacts() {
        InsightFilter fortnight = new InsightFilter(
                LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-30"), null, null, null, null, null);

        Report trends = kpiFigures.trends(fortnight, KpiFigures.Granularity.DAY);

        assertThat(trends.columns())
                .filteredOn(column -> column.key().equals("escalationRate"))
                .singleElement()
                .satisfies(column -> assertThat(column.unit()).isEqualTo("per 100 contacts"));
        Map<String, Map<String, Object>> days = rows(trends, "bucket");
        assertThat(days.get("2026-11-16"))
                .containsEntry("casesOpened", 1L) // G, no contacts
                .containsEntry("escalationRate", null); // not 0 per 100 cases
        assertThat(days.get("2026-11-23")).containsEntry("escalationRate", decimal("1.0"));
    }

    @Test
    void teamsByTheQueueThatHeldTheStayInTheLaddersOrder() {
        Report teams = coaching.teams(THIS_WEEK);

        assertThat(teams.rows())
                .extracting(row -> row.get("team"))
                .containsExactly("tier1", "tier2", "supervisors", "billing");
        Map<String, Map<String, Object>> byTeam = rows(teams, "team");
        assertThat(byTeam.get("tier1")) // A B F1 F2, all ended; B F1 F2 went up
                .containsEntry("held", 4L)
                .containsEntry("ended", 4L)
                .containsEntry("movedOn", 3L)
                .containsEntry("escalationRate", decimal("75.0"))
                .containsEntry("firstContactResolution", decimal("25.0")) // A of 4 entered here
                .containsEntry("breaches", 0L)
                .containsEntry("breachRate", decimal("0.0"));
        // B twice (handed off, escalated), C D resolved, E breached, F1 resolved; F2 L still there
        assertThat(byTeam.get("tier2"))
                .containsEntry("held", 8L)
                .containsEntry("ended", 6L)
                .containsEntry("movedOn", 3L)
                .containsEntry("escalationRate", decimal("50.0"))
                .containsEntry("firstContactResolution", decimal("66.7")) // C D of C D E
                .containsEntry("breaches", 1L)
                .containsEntry("breachRate", decimal("16.7"));
        assertThat(byTeam.get("supervisors")) // B and E, both resolved there
                .containsEntry("held", 2L)
                .containsEntry("movedOn", 0L)
                .containsEntry("firstContactResolution", null);
        assertThat(byTeam.get("billing"))
                .containsEntry("held", 1L) // B, returned to Tier 2
                .containsEntry("ended", 1L)
                .containsEntry("movedOn", 0L);
    }

    /**
     * Suggestions shown, by the stay they were first shown in (Berlin times): at Tier 1, A (helped
     * 17:20, resolved there), B (escalated after), F1 (helped 14:40, escalated all the same at
     * 15:00), F2 (a case and an article, one stay; escalated after); at Tier 2, C (helped, resolved
     * there), B in its second stay 12:00-13:00 (escalated after), L (helped, still open). Not
     * counted: G (the week before), C at Tier 1 (C never was).
     */
    @Test
    void teamsBesideTheirEscalationRateShowWhatSuggestionsDidAsWorkedOutByHand() {
        suggested("A", Level.TIER1, "CASE", "2026-11-27T17:10", "2026-11-27T17:20");
        suggested("B", Level.TIER1, "CASE", "2026-11-23T09:15", null);
        suggested("F1", Level.TIER1, "ARTICLE", "2026-11-23T14:30", "2026-11-23T14:40");
        suggested("F2", Level.TIER1, "CASE", "2026-11-24T14:10", null);
        suggested("F2", Level.TIER1, "ARTICLE", "2026-11-24T14:12", null);
        suggested("C", Level.TIER2, "ARTICLE", "2026-11-24T10:20", "2026-11-24T10:30");
        suggested("B", Level.TIER2, "CASE", "2026-11-23T12:30", null);
        suggested("L", Level.TIER2, "CASE", "2026-11-27T12:30", "2026-11-27T12:40");
        suggested("G", Level.TIER1, "CASE", "2026-11-16T10:20", "2026-11-16T10:30");
        suggested("C", Level.TIER1, "CASE", "2026-11-24T10:20", "2026-11-24T10:30");

        Map<String, Map<String, Object>> byTeam = rows(coaching.teams(THIS_WEEK), "team");

        assertThat(byTeam.get("tier1"))
                .containsEntry("escalationRate", decimal("75.0"))
                .containsEntry("suggested", 4L) // A B F1 F2
                .containsEntry("escalatedAfterShown", decimal("75.0")) // B F1 F2 of 4
                .containsEntry("helped", 2L) // A F1
                .containsEntry("resolvedAfterHelp", 1L); // A
        assertThat(byTeam.get("tier2"))
                .containsEntry("escalationRate", decimal("50.0"))
                .containsEntry("suggested", 3L) // C, B's second stay, L
                .containsEntry("escalatedAfterShown", decimal("33.3")) // B of 3
                .containsEntry("helped", 2L) // C L
                .containsEntry("resolvedAfterHelp", 1L); // C
        assertThat(byTeam.get("supervisors"))
                .containsEntry("suggested", 0L)
                .containsEntry("escalatedAfterShown", null)
                .containsEntry("resolvedAfterHelp", 0L);
    }

    private void suggested(String caseNumber, Level level, String kind, String shownAt, String helpedAt) {
        jdbc.sql("""
            insert into knowledge_suggestion (case_number, kind, suggested, level, shown_at, shown_to, helped_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caseNumber,
                        kind,
                        kind + "-" + caseNumber,
                        level.name(),
                        Timestamp.from(berlin(shownAt)),
                        "agent",
                        helpedAt == null ? null : Timestamp.from(berlin(helpedAt)))
                .update();
    }

    @Test
    void avoidableEscalationsByTriggerAndCategory() {
        List<Map<String, Object>> rows = pushDownFigures.avoidable(THIS_WEEK).rows();

        assertThat(rows)
                .extracting(row -> row.get("trigger") + "/" + row.get("category") + ": " + row.get("avoidable") + " of "
                        + row.get("casesEscalated") + " " + row.get("avoidableShare"))
                .containsExactly(
                        "REPEAT_CONTACT/ACCOUNT: 3 of 3 100.0",
                        "RESOLUTION_DELAYED/GENERAL: 2 of 2 100.0",
                        "BILLING_DISPUTE/BILLING: 0 of 1 0.0",
                        "TECHNICAL_FAULT/TECHNICAL: 0 of 1 0.0");
    }

    @Test
    void pushDownCandidatesNameThePolicyRuleThatRoutedThem() {
        List<Map<String, Object>> rows = pushDownFigures.pushDown(THIS_WEEK).rows();

        assertThat(rows)
                .extracting(row -> row.get("triggerLabel") + " / " + row.get("categoryLabel")
                        + ": " + row.get("candidates") + " of " + row.get("casesEscalated") + " ("
                        + row.get("share") + "%), " + row.get("policyRule") + " "
                        + row.get("policyRuleDescription"))
                .containsExactly(
                        // C ANSWERED and D WORKAROUND at Tier 2 of C D L
                        "Customer contacted us again / Account: 2 of 3 (66.7%), Rule_RepeatContact Repeat contact: Tier 2",
                        // F1 ANSWERED at Tier 2 of F1 F2; B (CREDITED) and E (FIXED) are no candidates
                        "Resolution delayed / General: 1 of 2 (50.0%), Rule_DelayedCase Delayed case: Tier 1 again, on "
                                + "a fast clock");
    }

    @Test
    void theBacklogAndWhatIsAtRiskNow() {
        // open at Tier 2: K since the Thursday before, F2 since Tuesday, L since Friday
        assertThat(rows(backlogFigures.backlog(), "level").get("TIER2"))
                .containsEntry("under3d", 1L)
                .containsEntry("older", 2L)
                .containsEntry("total", 3L);
        assertThat(backlogFigures.atRisk().rows())
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("caseNumber", "L")
                        .containsEntry("minutesLeft", 30L)
                        .containsEntry("customerName", "Customer L"));
        // live, as of now: an instant a page shows in the reader's zone, not a note with its text
        assertThat(backlogFigures.atRisk().asOf()).isEqualTo(berlin("2026-11-30T09:00"));
        assertThat(backlogFigures.atRisk().notes()).containsExactly("Open cases whose SLA runs out within 60 minutes.");
    }

    @Test
    void aCaseWithAPartnerTeamShowsThePartnerInTheBacklogAndAtRisk() {
        jdbc.sql("update escalation_case set partner = 'acme' where case_number = 'L'")
                .update();

        assertThat(backlogFigures.backlog().rows())
                .filteredOn(row -> "TIER2".equals(row.get("level")))
                .extracting(row -> row.get("levelLabel") + " " + row.get("partnerLabel") + ": " + row.get("total"))
                .containsExactly("Tier 2 null: 2", "Tier 2 Acme Customer Services: 1");
        assertThat(backlogFigures.atRisk().rows())
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("caseNumber", "L")
                        .containsEntry("levelLabel", "Tier 2")
                        .containsEntry("partner", "acme")
                        .containsEntry("partnerLabel", "Acme Customer Services"));
    }

    @Test
    void agentsAndTheCoachingFlag() {
        Map<String, Map<String, Object>> agents = rows(coaching.agents(THIS_WEEK), "agent");

        // Tier 1 over the 4 weeks: anna 0 of 2 (A G), ben 1 of 2 (B H), dora 1 of 2 (I J),
        // carl 2 of 2 (F1 F2); median (50 + 50) / 2 = 50; carl's 100 is above 1.5 x 50
        assertThat(agents.get("carl"))
                .containsEntry("held", 2L)
                .containsEntry("tier1EscalationRate", decimal("100.0"))
                .containsEntry("firstContactResolution", decimal("0.0"))
                .containsEntry("coachingRate", decimal("100.0"))
                .containsEntry("teamMedian", decimal("50.0"))
                .containsEntry("trend", "- / - / - / 100.0")
                .containsEntry("flagged", true);
        assertThat(agents.get("ben"))
                .containsEntry("coachingRate", decimal("50.0"))
                .containsEntry("flagged", false);
        assertThat(agents.get("tina")) // B twice, C D F1 F2, all at Tier 2
                .containsEntry("held", 6L)
                .containsEntry("tier1EscalationRate", null)
                .containsEntry("flagged", false);
        assertThat(agents.get("sam")).containsEntry("held", 2L); // B and E as supervisor
        assertThat(coaching.agent("carl", THIS_WEEK).notes()).anyMatch(note -> note.startsWith("Flagged for coaching"));
    }

    @Test
    void theCasesBehindAFigure() {
        assertThat(casesBehindFigures
                        .cases(THIS_WEEK, CasesBehindFigures.Selection.BREACHED, 0, 20)
                        .items())
                .extracting(CaseRecord::caseNumber)
                .containsExactly("E");
        assertThat(casesBehindFigures
                        .cases(THIS_WEEK, CasesBehindFigures.Selection.PUSH_DOWN, 0, 20)
                        .items())
                .extracting(CaseRecord::caseNumber)
                .containsExactlyInAnyOrder("C", "D", "F1");
        assertThat(casesBehindFigures
                        .cases(THIS_WEEK, CasesBehindFigures.Selection.ESCALATED, 0, 5)
                        .total())
                .isEqualTo(7);
    }

    // --- the fortnight

    /**
     * Survey answers of the resolved cases (D's customer did not answer):
     * A 5 resolved, B 2, C 4, E 1 not resolved, F1 3 not resolved. Paths: A Tier 1 straight;
     * F1 Tier 1, moved up once; B Tier 1, moved up twice (Tier 2, then past the return the
     * supervisor), handed off; C and D Tier 2 straight; E Tier 2, up once by its breach.
     */
    @Test
    void satisfactionByEscalationPathAsWorkedOutByHand() {
        customersAnswer();

        assertThat(satisfaction
                        .satisfaction(THIS_WEEK, Satisfaction.Grouping.PATH)
                        .rows())
                .extracting(row -> row.get("entryLevel") + " " + row.get("escalations") + " "
                        + row.get("handedOff") + ": " + row.get("resolved") + " resolved, "
                        + row.get("answered") + " answered, " + row.get("surveyResponseRate") + " %, "
                        + row.get("satisfactionAverage") + ", " + row.get("dissatisfied") + " dissatisfied")
                .containsExactly(
                        "TIER1 0 false: 1 resolved, 1 answered, 100.0 %, 5.00, 0 dissatisfied", // A
                        "TIER1 1 false: 1 resolved, 1 answered, 100.0 %, 3.00, 1 dissatisfied", // F1
                        "TIER1 2 true: 1 resolved, 1 answered, 100.0 %, 2.00, 1 dissatisfied", // B
                        "TIER2 0 false: 2 resolved, 1 answered, 50.0 %, 4.00, 0 dissatisfied", // C, D
                        "TIER2 1 false: 1 resolved, 1 answered, 100.0 %, 1.00, 1 dissatisfied"); // E
    }

    @Test
    void satisfactionByTheLevelThatResolvedAndByTrigger() {
        customersAnswer();

        assertThat(satisfaction
                        .satisfaction(THIS_WEEK, Satisfaction.Grouping.RESOLVED_LEVEL)
                        .rows())
                .extracting(row -> row.get("level") + ": " + row.get("resolved") + "/"
                        + row.get("answered") + " " + row.get("surveyResponseRate") + " "
                        + row.get("satisfactionAverage") + " " + row.get("dissatisfied"))
                .containsExactly(
                        "TIER1: 1/1 100.0 5.00 0", // A
                        "TIER2: 3/2 66.7 3.50 1", // C 4, D none, F1 3
                        "SUPERVISOR: 2/2 100.0 1.50 2"); // B 2, E 1
        assertThat(satisfaction
                        .satisfaction(THIS_WEEK, Satisfaction.Grouping.TRIGGER)
                        .rows())
                .extracting(row -> row.get("trigger") + ": " + row.get("resolved") + "/" + row.get("answered") + " "
                        + row.get("satisfactionAverage"))
                .containsExactly(
                        "BILLING_DISPUTE: 1/1 2.00", // B
                        "REPEAT_CONTACT: 2/1 4.00", // C, D
                        "RESOLUTION_DELAYED: 2/2 4.00", // A 5, F1 3
                        "TECHNICAL_FAULT: 1/1 1.00"); // E
    }

    /** B and F1 adopted, C dismissed, E open; G's lesson is the week before's. */
    @Test
    void lessonsByKindAndTheirAdoptionRate() {
        at("2026-11-30T10:00");
        lessons.note("B", Level.SUPERVISOR, LessonKind.POLICY_CHANGE, "Credits up to 20 at Tier 2", "sam");
        lessons.note("C", Level.TIER2, LessonKind.KNOWLEDGE_ARTICLE, "Article on login resets", "tina");
        lessons.note("E", Level.SUPERVISOR, LessonKind.PRODUCT_DEFECT, "Router firmware", "sam");
        lessons.note("F1", Level.TIER2, LessonKind.POLICY_CHANGE, "Delays go to Tier 2 at once", "tina");
        lessons.note("G", Level.TIER1, LessonKind.TRAINING, "Refund training", "anna");
        List<Lesson> noted = lessons.find(new ReviewFilter(null, null, null, null, null), null);
        decide(noted, "B", LessonStatus.ADOPTED);
        decide(noted, "F1", LessonStatus.ADOPTED);
        decide(noted, "C", LessonStatus.DISMISSED);

        Report report = satisfaction.lessons(THIS_WEEK);

        assertThat(report.rows())
                .extracting(row -> row.get("kind") + ": " + row.get("noted") + " noted, "
                        + row.get("adopted") + " adopted, " + row.get("dismissed") + " dismissed, "
                        + row.get("open") + " open, " + row.get("lessonAdoptionRate") + " %")
                .containsExactly(
                        "KNOWLEDGE_ARTICLE: 1 noted, 0 adopted, 1 dismissed, 0 open, 0.0 %",
                        "POLICY_CHANGE: 2 noted, 2 adopted, 0 dismissed, 0 open, 100.0 %",
                        "PRODUCT_DEFECT: 1 noted, 0 adopted, 0 dismissed, 1 open, 0.0 %");
        assertThat(report.notes()).containsExactly("All kinds: 4 noted, 2 adopted (50.0 %).");
    }

    private void decide(List<Lesson> noted, String caseNumber, LessonStatus decision) {
        long id = noted.stream()
                .filter(lesson -> lesson.caseNumber().equals(caseNumber))
                .findFirst()
                .orElseThrow()
                .id();
        lessons.decide(id, decision, "Done in the review of 30 November", "sam");
    }

    /**
     * The answers as the survey stores them; the survey itself, with its follow-up process, is
     * tested through the engine (SurveyPageTest, SurveyFollowUpProcessTest).
     */
    private void customersAnswer() {
        answer("A", 5, true, "TIER1");
        answer("B", 2, true, "SUPERVISOR");
        answer("C", 4, true, "TIER2");
        answer("E", 1, false, "SUPERVISOR");
        answer("F1", 3, false, "TIER2");
    }

    private void answer(String caseNumber, int satisfaction, boolean resolved, String level) {
        CaseRecord record = records.find(caseNumber).orElseThrow();
        jdbc.sql("""
            insert into survey_answer (case_number, answered_at, satisfaction, concern_resolved,
              answered_via, reported_by, dissatisfied, escalation_trigger, category, resolved_level)
            values (?, ?, ?, ?, 'PAGE', 'customer', ?, ?, ?, ?)""")
                .params(
                        caseNumber,
                        Timestamp.from(clock.instant()),
                        satisfaction,
                        resolved,
                        satisfaction <= 2 || !resolved,
                        record.trigger().name(),
                        record.category().name(),
                        level)
                .update();
    }

    /**
     * Questions to experts: ben asks Tier 2 on B at 09:05, tina answers 09:20 (15 min); carl asks
     * Tier 2 on F1 at 14:30, answered 14:40 (10 min); anna asks technical on A Friday 17:40,
     * answered Monday 30 08:30 (62 h 50 min); tina asks billing on C at 10:20, unanswered in time;
     * tina asks the supervisors on D at 11:00, withdrawn when D is resolved. Resolved where asked:
     * A (Tier 1), C and D (Tier 2); not B (supervisor) and F1 (Tier 2, asked at Tier 1).
     */
    @Test
    void questionsToExpertsAsWorkedOutByHand() {
        long b = askAt("2026-11-23T09:05", "B", Level.TIER1, ExpertGroup.TIER2, "ben");
        at("2026-11-23T09:20");
        consults.answered(b, "Refund booked on 3 November", "tina");
        long f1 = askAt("2026-11-23T14:30", "F1", Level.TIER1, ExpertGroup.TIER2, "carl");
        at("2026-11-23T14:40");
        consults.answered(f1, "Known delay, two more days", "tina");
        long a = askAt("2026-11-27T17:40", "A", Level.TIER1, ExpertGroup.TECHNICAL, "anna");
        at("2026-11-30T08:30");
        consults.answered(a, "Line reset done", "ted");
        long c = askAt("2026-11-24T10:20", "C", Level.TIER2, ExpertGroup.BILLING, "tina");
        at("2026-11-24T10:50");
        consults.timedOut(c, Duration.ofMinutes(30));
        long d = askAt("2026-11-25T11:00", "D", Level.TIER2, ExpertGroup.SUPERVISORS, "tina");
        at("2026-11-25T12:30");
        consults.cancelled(d);

        assertThat(helpLineFigures.consults(THIS_WEEK).rows())
                .extracting(row -> row.get("expertGroup") + ": " + row.get("consults") + " asked, "
                        + row.get("answered") + " answered, " + row.get("timedOut") + " timed out, "
                        + row.get("cancelled") + " withdrawn, " + row.get("open") + " open, median "
                        + row.get("consultAnswerMedian") + " min, resolved where asked "
                        + row.get("resolvedAtAskingLevel") + " %")
                .containsExactly(
                        "BILLING: 1 asked, 0 answered, 1 timed out, 0 withdrawn, 0 open, median null min, "
                                + "resolved where asked 100.0 %",
                        "SUPERVISORS: 1 asked, 0 answered, 0 timed out, 1 withdrawn, 0 open, median null min, "
                                + "resolved where asked 100.0 %",
                        "TECHNICAL: 1 asked, 1 answered, 0 timed out, 0 withdrawn, 0 open, median 3770.0 min, "
                                + "resolved where asked 100.0 %",
                        "TIER2: 2 asked, 2 answered, 0 timed out, 0 withdrawn, 0 open, median 12.5 min, "
                                + "resolved where asked 0.0 %");
    }

    private long askAt(String berlinTime, String caseNumber, Level level, ExpertGroup group, String agent) {
        at(berlinTime);
        return consults.ask(caseNumber, level, group, "A question on " + caseNumber, agent);
    }

    /**
     * Goodwill (Tier 1 may credit 20, Tier 2 100, supervisors 500): anna credits 15 on A, within;
     * ben credits 50 on B, Tier 2 approves; carl waives a fee of 10 on F1, within; tina credits 150
     * on C, the supervisor rejects. Resolved where granted: A (Tier 1); not B (supervisor) nor F1
     * (Tier 2).
     */
    @Test
    void goodwillByLevelAsWorkedOutByHand() {
        at("2026-11-30T08:30");
        granted(goodwill.request("A", Level.TIER1, credit("15"), "anna"));
        var b = goodwill.request("B", Level.TIER1, credit("50"), "ben");
        goodwill.approved(b.id(), "tina", null);
        granted(b);
        granted(goodwill.request(
                "F1",
                Level.TIER1,
                new GoodwillRequest(GoodwillKind.FEE_WAIVER, new BigDecimal("10"), null, "Reminder fee"),
                "carl"));
        var c = goodwill.request("C", Level.TIER2, credit("150"), "tina");
        goodwill.rejected(c.id(), "sam", "Not for a login problem");

        assertThat(goodwillFigures.goodwill(THIS_WEEK).rows())
                .extracting(row -> row.get("level") + ": " + row.get("goodwillRequested") + " asked, "
                        + row.get("approvalsAsked") + " to approve, " + row.get("granted") + " granted, "
                        + row.get("rejected") + " rejected, " + row.get("credited") + " credited, "
                        + row.get("casesGranted") + " cases, resolved where granted "
                        + row.get("resolvedWhereGranted") + " %")
                .containsExactly(
                        "TIER1: 3 asked, 1 to approve, 3 granted, 0 rejected, 65.00 credited, 3 cases, "
                                + "resolved where granted 33.3 %",
                        "TIER2: 1 asked, 1 to approve, 0 granted, 1 rejected, 0.00 credited, 0 cases, "
                                + "resolved where granted null %");
    }

    private static GoodwillRequest credit(String amount) {
        return new GoodwillRequest(GoodwillKind.CREDIT, new BigDecimal(amount), null, "Late refund");
    }

    private void granted(Goodwill.Routing routing) {
        goodwill.granted(routing.id(), Optional.of("BILL-" + routing.id()), true);
    }

    /** C and D were at Tier 2 with the partner acme: both ended in time, first responses 15 and 5 min. */
    @Test
    void aPartnerTeamsFiguresOnTheirOwn() {
        jdbc.sql("update case_level_visit set partner = 'acme' where case_number in ('C', 'D')")
                .update();

        assertThat(partnerFigures.partners(THIS_WEEK).rows())
                .extracting(row -> row.get("partner") + " " + row.get("partnerLabel") + ": "
                        + row.get("stays") + " stays, " + row.get("slaAchievement") + " % in time, "
                        + row.get("breachRate") + " % breached, " + row.get("missedFirstResponses")
                        + " missed, first response " + row.get("firstResponseMedian") + " min")
                .containsExactly("acme Acme Customer Services: 2 stays, 100.0 % in time, 0.0 % breached, "
                        + "0 missed, first response 10.0 min");
    }

    private void theWeekBefore() {
        tier1Case("G", "2026-11-16T10:00", "anna", "10:10", "10:40", null);
        tier1Case("H", "2026-11-17T10:00", "ben", "10:20", "11:00", null);
        tier1Case("I", "2026-11-18T10:00", "dora", "10:05", "10:30", null);
        open(
                "J",
                "2026-11-19T10:00",
                Channel.PHONE,
                Category.GENERAL,
                Trigger.RESOLUTION_DELAYED,
                Priority.NORMAL,
                null);
        route("J", Level.TIER1, true, "Rule_DelayedCase", "standard");
        respond("J", "2026-11-19T10:10", "dora");
        move("J", "2026-11-19T10:30", "dora", Level.TIER1, Outcome.ESCALATE, null, null);
        respond("J", "2026-11-19T11:00", "tina");
        resolve("J", "2026-11-19T11:30", "tina", Level.TIER2, ResolutionCode.ANSWERED);
        open("K", "2026-11-19T09:00", Channel.PHONE, Category.GENERAL, Trigger.REPEAT_CONTACT, Priority.NORMAL, "G");
        route("K", Level.TIER2, true, "Rule_RepeatContact", "standard");
    }

    private void thisWeek() {
        open(
                "A",
                "2026-11-27T17:00",
                Channel.PHONE,
                Category.GENERAL,
                Trigger.RESOLUTION_DELAYED,
                Priority.NORMAL,
                null);
        route("A", Level.TIER1, true, "Rule_DelayedCase", "standard");
        respond("A", "2026-11-27T17:30", "anna");

        open("B", "2026-11-23T09:00", Channel.EMAIL, Category.BILLING, Trigger.BILLING_DISPUTE, Priority.HIGH, null);
        route("B", Level.TIER1, false, "Rule_BillingDispute", "standard");
        respond("B", "2026-11-23T09:10", "ben");
        move("B", "2026-11-23T10:00", "ben", Level.TIER1, Outcome.ESCALATE, null, null);
        respond("B", "2026-11-23T10:30", "tina");
        move("B", "2026-11-23T11:00", "tina", Level.TIER2, Outcome.HAND_OFF, Department.BILLING, null);
        respond("B", "2026-11-23T11:20", "bill");
        move("B", "2026-11-23T12:00", "bill", Level.BILLING, Outcome.RETURN, Department.BILLING, Level.TIER2);
        respond("B", "2026-11-23T12:10", "tina");
        move("B", "2026-11-23T13:00", "tina", Level.TIER2, Outcome.ESCALATE, null, null);
        respond("B", "2026-11-23T13:30", "sam");
        resolve("B", "2026-11-23T14:00", "sam", Level.SUPERVISOR, ResolutionCode.CREDITED);

        open("C", "2026-11-24T10:00", Channel.CHAT, Category.ACCOUNT, Trigger.REPEAT_CONTACT, Priority.NORMAL, null);
        route("C", Level.TIER2, true, "Rule_RepeatContact", "standard");
        respond("C", "2026-11-24T10:15", "tina");
        resolve("C", "2026-11-24T11:00", "tina", Level.TIER2, ResolutionCode.ANSWERED);

        open("D", "2026-11-25T10:00", Channel.CHAT, Category.ACCOUNT, Trigger.REPEAT_CONTACT, Priority.NORMAL, null);
        route("D", Level.TIER2, true, "Rule_RepeatContact", "standard");
        respond("D", "2026-11-25T10:05", "tina");
        warn("D", "2026-11-25T12:00", Level.TIER2);
        resolve("D", "2026-11-25T12:30", "tina", Level.TIER2, ResolutionCode.WORKAROUND);

        open(
                "E",
                "2026-11-26T08:00",
                Channel.PHONE,
                Category.TECHNICAL,
                Trigger.TECHNICAL_FAULT,
                Priority.URGENT,
                null);
        route("E", Level.TIER2, false, "Rule_UrgentTechnicalFault", "24x7");
        at("2026-11-26T08:15");
        moves.firstResponseMissed(ref("E"), Level.TIER2, Duration.ofMinutes(15), now());
        warn("E", "2026-11-26T08:30", Level.TIER2);
        at("2026-11-26T10:00");
        moves.breachSla(at("E", Level.TIER2, Department.NONE, null), Duration.ofHours(2), Duration.ZERO);
        respond("E", "2026-11-26T10:10", "sam");
        resolve("E", "2026-11-26T11:00", "sam", Level.SUPERVISOR, ResolutionCode.FIXED);

        open(
                "F1",
                "2026-11-23T14:00",
                Channel.PHONE,
                Category.GENERAL,
                Trigger.RESOLUTION_DELAYED,
                Priority.NORMAL,
                null);
        route("F1", Level.TIER1, true, "Rule_DelayedCase", "standard");
        respond("F1", "2026-11-23T14:20", "carl");
        move("F1", "2026-11-23T15:00", "carl", Level.TIER1, Outcome.ESCALATE, null, null);
        respond("F1", "2026-11-23T15:30", "tina");
        resolve("F1", "2026-11-23T16:00", "tina", Level.TIER2, ResolutionCode.ANSWERED);

        open(
                "F2",
                "2026-11-24T14:00",
                Channel.PHONE,
                Category.GENERAL,
                Trigger.RESOLUTION_DELAYED,
                Priority.NORMAL,
                null);
        route("F2", Level.TIER1, true, "Rule_DelayedCase", "standard");
        respond("F2", "2026-11-24T14:05", "carl");
        move("F2", "2026-11-24T14:30", "carl", Level.TIER1, Outcome.ESCALATE, null, null);
        respond("F2", "2026-11-24T15:00", "tina");
        facts.slaDue("F2", berlin("2026-11-30T11:00"));

        open("L", "2026-11-27T12:00", Channel.CHAT, Category.ACCOUNT, Trigger.REPEAT_CONTACT, Priority.NORMAL, "C");
        route("L", Level.TIER2, true, "Rule_RepeatContact", "standard");
        facts.slaDue("L", berlin("2026-11-30T09:30"));
    }

    /** Opened at Tier 1 and resolved there by the agent who took it. */
    private void tier1Case(
            String caseNumber, String opened, String agent, String responded, String resolved, String followUpOf) {
        String day = opened.substring(0, 11);
        open(
                caseNumber,
                opened,
                Channel.PHONE,
                Category.GENERAL,
                Trigger.RESOLUTION_DELAYED,
                Priority.NORMAL,
                followUpOf);
        route(caseNumber, Level.TIER1, true, "Rule_DelayedCase", "standard");
        respond(caseNumber, day + responded, agent);
        resolve(caseNumber, day + resolved, agent, Level.TIER1, ResolutionCode.ANSWERED);
    }

    private void open(
            String caseNumber,
            String at,
            Channel channel,
            Category category,
            Trigger trigger,
            Priority priority,
            String followUpOf) {
        at(at);
        CaseRecord record = new CaseRecord(
                caseNumber,
                "C-" + caseNumber,
                "Customer " + caseNumber,
                null,
                "+49301234567",
                ContactChannel.SMS,
                channel,
                category,
                priority,
                trigger,
                CustomerSegment.STANDARD,
                "Concern " + caseNumber,
                null,
                CaseStatus.OPEN,
                null,
                null,
                clock.instant(),
                null,
                followUpOf,
                Language.EN,
                false);
        records.insert(record, "process-" + caseNumber);
        facts.opened(record, "tier1");
        timeline.opened(ref(caseNumber), "agent", channel, trigger);
    }

    private void route(String caseNumber, Level level, boolean avoidable, String rule, String calendar) {
        moves.route(at(caseNumber, null, Department.NONE, null), level, avoidable, rule, calendar);
    }

    private void respond(String caseNumber, String at, String agent) {
        at(at);
        facts.firstResponse(caseNumber, agent, clock.instant());
    }

    private void warn(String caseNumber, String at, Level level) {
        at(at);
        moves.slaWarned(ref(caseNumber), level, 0.75, Duration.ofHours(4), Duration.ofHours(1), now());
    }

    private void move(
            String caseNumber,
            String at,
            String agent,
            Level from,
            Outcome outcome,
            Department department,
            Level handOffLevel) {
        at(at);
        moves.decide(
                at(caseNumber, from, department == null ? Department.NONE : department, handOffLevel),
                agent,
                new Decision(outcome, null, "Because", "Done"));
    }

    private void resolve(String caseNumber, String at, String agent, Level level, ResolutionCode code) {
        at(at);
        resolve(caseNumber, agent, level, code);
    }

    private void resolve(String caseNumber, String agent, Level level, ResolutionCode code) {
        moves.decide(
                at(caseNumber, level, Department.NONE, null),
                agent,
                new Decision(Outcome.RESOLVED, code, null, "Done"));
    }

    private CaseAt at(String caseNumber, Level level, Department department, Level handOffLevel) {
        return new CaseAt(ref(caseNumber), level, handOffLevel, department, null, null);
    }

    private void at(String berlinTime) {
        clock.set(berlin(berlinTime));
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(BERLIN);
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static CaseRef ref(String caseNumber) {
        return new CaseRef(caseNumber, "process-" + caseNumber);
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    /** One column of a report, by the report's first column (its key). */
    private static Map<String, Object> column(Report report, String column) {
        Map<String, Object> values = new HashMap<>();
        report.rows()
                .forEach(row ->
                        values.put((String) row.get(report.columns().get(0).key()), row.get(column)));
        return values;
    }

    private static Map<String, Map<String, Object>> rows(Report report, String key) {
        return report.rows().stream().collect(Collectors.toMap(row -> (String) row.get(key), row -> row));
    }

    /** A clock the test moves; the writers read it. */
    static final class SettableClock extends Clock {
        private Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {
        @Bean
        SettableClock clock() {
            return new SettableClock();
        }

        /** Tier 1 may credit 20, Tier 2 100, supervisors 500 (GoodwillLimitsTest tests the table). */
        @Bean
        GoodwillLimits goodwillLimits() {
            return (level, segment, category) -> new GoodwillLimit(
                    new BigDecimal(
                            switch (level) {
                                case TIER1 -> "20";
                                case TIER2 -> "100";
                                case SUPERVISOR -> "500";
                                default -> "0";
                            }),
                    new BigDecimal("15"),
                    Set.of());
        }

        /** The annotations of the policy as it stands in processes/, as the engine would serve them. */
        @Bean
        PolicyRules policyRules() throws IOException {
            try (InputStream policy = InsightsTest.class.getResourceAsStream("/processes/EscalationPolicy.dmn")) {
                Map<String, String> descriptions =
                        Dmn.readModelFromStream(policy).getModelElementsByType(Rule.class).stream()
                                .collect(Collectors.toMap(
                                        Rule::getId,
                                        rule -> rule.getDescription().getTextContent()));
                return () -> descriptions;
            }
        }
    }
}
