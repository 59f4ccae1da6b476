package io.escalationdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.SampleCases;
import io.escalationdesk.system.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A case's task as a queue lists it: its title and its rank. */
class QueueEntriesTest {

    private final QueueEntries entries = new QueueEntries(new Labels());

    @Test
    void theTitleNamesTheCaseItsCategoryInTheCasesLanguageAndTheCustomerShort() {
        CaseRecord english = SampleCases.open("ESC-2026-000123");
        CaseRecord german = new CaseRecord(
                english.caseNumber(),
                english.customerId(),
                "Jürgen von Müller",
                english.customerEmail(),
                english.customerPhone(),
                english.preferredContactChannel(),
                english.channel(),
                Category.COMPLAINT,
                english.priority(),
                english.trigger(),
                english.customerSegment(),
                english.description(),
                english.externalReference(),
                english.status(),
                english.level(),
                english.partner(),
                english.openedAt(),
                english.closedAt(),
                english.linkedCaseNumber(),
                Language.DE,
                english.notificationOptOut());

        assertThat(entries.titleOf(english)).isEqualTo("ESC-2026-000123 · Billing · J. Doe");
        assertThat(entries.titleOf(german)).isEqualTo("ESC-2026-000123 · Beschwerde · J. Müller");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Jane Doe          | J. Doe
      Cher              | Cher
      '  Anna   Berg  ' | A. Berg
      Åsa Öberg-Lindén  | Å. Öberg-Lindén
      -                 | -
      """)
    void theCustomerIsShortenedToInitialAndSurname(String name, String shortName) {
        assertThat(QueueEntries.shortName(name)).isEqualTo(shortName);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
      LOW    | STANDARD | 30
      LOW    | VIP      | 40
      NORMAL | STANDARD | 50
      NORMAL | VIP      | 60
      HIGH   | STANDARD | 70
      HIGH   | VIP      | 80
      URGENT | STANDARD | 90
      URGENT | VIP      | 100
      """)
    void theRankFollowsPriorityThenSegment(Priority priority, CustomerSegment segment, int rank) {
        assertThat(QueueEntries.rankOf(priority, segment)).isEqualTo(rank);
    }

    @Test
    void aNormalCaseOfAStandardCustomerHasTheEnginesDefaultPriority() {
        assertThat(QueueEntries.rankOf(Priority.NORMAL, CustomerSegment.STANDARD))
                .isEqualTo(50);
    }
}
