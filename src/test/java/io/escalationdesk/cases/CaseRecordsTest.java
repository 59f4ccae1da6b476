package io.escalationdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.SampleCases;
import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.Level;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** The case records agents search, on the indexes, never on process variables. */
@RepositorySlice
class CaseRecordsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");

    @Autowired
    CaseRecords records;

    @Autowired
    PhoneNumbers phones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    DataSource dataSource;

    @Test
    void aCaseKeepsItsAddressesAsTheIndexesHoldThemAndItsProcess() {
        records.insert(
                SampleCases.open(
                        "ESC-T-1",
                        "+49 (151) 123-4567",
                        Level.TIER1,
                        Category.BILLING,
                        Priority.NORMAL,
                        "Charged twice",
                        MONDAY),
                "process-1");

        CaseRecord stored = records.find("ESC-T-1").orElseThrow();
        assertThat(stored.customerEmail()).isEqualTo("jane.doe@example.com");
        assertThat(stored.customerPhone()).isEqualTo("+491511234567");
        assertThat(stored.openedAt()).isEqualTo(MONDAY);
        assertThat(records.processInstanceOf("ESC-T-1")).hasValue("process-1");
        assertThat(records.find("ESC-T-0")).isEmpty();
    }

    @Test
    void aSearchCombinesItsCriteriaPagesAndCountsEveryMatch() {
        records.insert(
                SampleCases.open(
                        "ESC-T-1", "+4930111", Level.TIER1, Category.BILLING, Priority.NORMAL, "Invoice wrong", MONDAY),
                null);
        records.insert(
                SampleCases.open(
                        "ESC-T-2",
                        "+4930111",
                        Level.TIER2,
                        Category.BILLING,
                        Priority.HIGH,
                        "Invoice wrong again",
                        MONDAY.plusSeconds(60)),
                null);
        records.insert(
                SampleCases.open(
                        "ESC-T-3",
                        "+4930222",
                        Level.TIER2,
                        Category.TECHNICAL,
                        Priority.HIGH,
                        "Router blinks",
                        MONDAY.plusSeconds(120)),
                null);

        CasePage first = records.search(query("+49 30 111", null, null, null, 0, 1));
        CasePage second = records.search(query("+49 30 111", null, null, null, 1, 1));
        CasePage tier2Billing = records.search(query(null, Level.TIER2, Category.BILLING, null, 0, 20));

        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items()).extracting(CaseRecord::caseNumber).containsExactly("ESC-T-1");
        assertThat(second.items()).extracting(CaseRecord::caseNumber).containsExactly("ESC-T-2");
        assertThat(tier2Billing.items()).extracting(CaseRecord::caseNumber).containsExactly("ESC-T-2");
    }

    @Test
    void aSearchCountsMatchesUpToTenThousandAndSaysWhenThereAreMore() {
        records.insert(
                SampleCases.open(
                        "ESC-C-0", "+4930333", Level.TIER1, Category.GENERAL, Priority.LOW, "Many alike", MONDAY),
                null);
        // 10,000 copies of it a second apart, in one batch: one by one they took seconds
        jdbcTemplate.batchUpdate(
                """
                insert into escalation_case (case_number, opened_at, customer_id, customer_name,
                  customer_phone, preferred_channel, channel, category, priority, escalation_trigger,
                  customer_segment, description, status, level)
                select ?, ?, customer_id, customer_name, customer_phone, preferred_channel, channel,
                  category, priority, escalation_trigger, customer_segment, description, status, level
                from escalation_case where case_number = 'ESC-C-0'""",
                IntStream.rangeClosed(1, CaseRecords.COUNTED_UP_TO)
                        .mapToObj(i -> new Object[] {"ESC-C-" + i, Timestamp.from(MONDAY.plusSeconds(i))})
                        .toList());

        CasePage many = records.search(query("+4930333", null, null, null, 0, 20));
        CasePage exactly = records.search(new CaseQuery(
                null,
                null,
                null,
                "+4930333",
                null,
                null,
                null,
                null,
                null,
                MONDAY.plusSeconds(1),
                null,
                null,
                0,
                20,
                "caseNumber",
                false,
                null));

        assertThat(many.total()).isEqualTo(10_000);
        assertThat(many.totalIsExact()).isFalse();
        assertThat(many.items()).hasSize(20);
        assertThat(exactly.total()).isEqualTo(10_000);
        assertThat(exactly.totalIsExact()).isTrue();
    }

    @Test
    void everyWordSearchedForMustBeInTheDescriptionInAnyOrder() {
        records.insert(
                SampleCases.open(
                        "ESC-T-1",
                        "+4930111",
                        Level.TIER2,
                        Category.TECHNICAL,
                        Priority.HIGH,
                        "The router blinks red since Monday",
                        MONDAY),
                null);

        assertThat(records.search(query(null, null, null, "blinks router", 0, 20))
                        .total())
                .isOne();
        assertThat(records.search(query(null, null, null, "router green", 0, 20))
                        .total())
                .isZero();
    }

    @Test
    void casesStoredBeforeGetTheirNumberInE164AndTheirNamesSearchForm() throws SQLException {
        records.insert(SampleCases.open("ESC-T-1"), null);
        records.insert(SampleCases.open("ESC-T-2"), null);
        jdbc.sql("update escalation_case set customer_phone = '015112345678', customer_name = "
                        + "'Jürgen Müller', customer_name_key = null where case_number = 'ESC-T-1'")
                .update();
        jdbc.sql("update escalation_case set customer_phone = '+99912', customer_name_key = null "
                        + "where case_number = 'ESC-T-2'")
                .update();

        new V15__CustomerSearchKeys(phones).fill(DataSourceUtils.getConnection(dataSource));

        assertThat(records.find("ESC-T-1").orElseThrow().customerPhone()).isEqualTo("+4915112345678");
        assertThat(records.find("ESC-T-2").orElseThrow().customerPhone()).isEqualTo("+99912");
        assertThat(records.search(new CaseQuery(
                                null,
                                "juergen mueller",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                0,
                                20,
                                "caseNumber",
                                false,
                                null))
                        .items())
                .extracting(CaseRecord::caseNumber)
                .containsExactly("ESC-T-1");
    }

    @Test
    void aCaseMovedToClosedIsClosed() {
        records.insert(SampleCases.open("ESC-T-1"), null);

        records.moveTo("ESC-T-1", Level.TIER2, MONDAY);
        assertThat(records.find("ESC-T-1").orElseThrow())
                .extracting(CaseRecord::level, CaseRecord::status, CaseRecord::closedAt)
                .containsExactly(Level.TIER2, CaseStatus.OPEN, null);
        records.moveTo("ESC-T-1", Level.CLOSED, MONDAY.plusSeconds(3600));
        assertThat(records.find("ESC-T-1").orElseThrow())
                .extracting(CaseRecord::level, CaseRecord::status, CaseRecord::closedAt)
                .containsExactly(Level.CLOSED, CaseStatus.CLOSED, MONDAY.plusSeconds(3600));
    }

    @Test
    void theResolutionNoteKeepsAsMuchAsTheAgentMayWrite() {
        records.insert(SampleCases.open("ESC-T-1"), null);
        String longest = "x".repeat(EscalationLadder.SUMMARY_LENGTH);

        records.noteResolution("ESC-T-1", longest);

        assertThat(jdbc.sql("select resolution_note from escalation_case where case_number = 'ESC-T-1'")
                        .query(String.class)
                        .single())
                .isEqualTo(longest);
    }

    @Test
    void theCustomersPreferencesChange() {
        records.insert(SampleCases.open("ESC-T-1"), null);

        records.updatePreferences("ESC-T-1", ContactChannel.SMS, Language.DE, true);

        assertThat(records.find("ESC-T-1").orElseThrow())
                .extracting(CaseRecord::preferredContactChannel, CaseRecord::language, CaseRecord::notificationOptOut)
                .containsExactly(ContactChannel.SMS, Language.DE, true);
    }

    private static CaseQuery query(String phone, Level level, Category category, String text, int page, int size) {
        return new CaseQuery(
                null,
                null,
                null,
                phone,
                null,
                null,
                level,
                category,
                null,
                null,
                null,
                text,
                page,
                size,
                "caseNumber",
                false,
                null);
    }
}
