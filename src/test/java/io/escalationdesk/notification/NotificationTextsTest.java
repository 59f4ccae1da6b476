package io.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.StaffTime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every message in every language, rendered from the templates without a Spring context. */
class NotificationTextsTest {

    private static final Instant DUE = Instant.parse("2026-11-24T15:30:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The characters of an SMS's one segment: GSM 03.38's basic set. */
    private static final String GSM_7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private final NotificationProperties properties = new NotificationProperties(
            "call +49 30 1234",
            "desk@example.com",
            3,
            Duration.ofSeconds(1),
            Duration.ofMinutes(1),
            1,
            Path.of("unused"),
            Map.of(Language.DE, "Telefon +49 30 1234"),
            "https://desk.example.com/desk/",
            Map.of());
    private final StaffTime staffTime = new StaffTime(BERLIN);
    private final NotificationTexts texts =
            new NotificationTexts(properties, caseNumber -> "https://survey.example.com/" + caseNumber, staffTime);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
      ROUTED                | TIER1      | EN | We have received your case ESC-1      | Your case ESC-1 is now with our customer care team. You can expect an answer by Tuesday 24 November 2026, 16:30 CET.
      ESCALATED             | SUPERVISOR | EN | Your case ESC-1 was escalated         | Your case ESC-1 is now with a supervisor.
      SLA_BREACHED          | TIER2      | EN | Your case ESC-1 was escalated         | We are sorry: your case ESC-1 is taking longer than we promised. It is now with our Tier 2 specialists, who will answer by Tuesday 24 November 2026, 16:30 CET.
      SLA_BREACHED          | TIER2      | DE | Ihr Anliegen ESC-1 wurde weitergeleitet | Es tut uns leid: Ihr Anliegen ESC-1 dauert länger als zugesagt. Es liegt jetzt bei unseren Spezialisten im 2nd-Level-Support; Sie erhalten eine Antwort bis Dienstag, 24. November 2026, 16:30 Uhr MEZ.
      HANDED_OFF            | BILLING    | EN | Your case ESC-1 was handed to a specialist team | is now with our billing back office.
      RETURNED              | TIER2      | EN | Your case ESC-1 is back with our agents | is now with our Tier 2 specialists.
      RESOLVED              | CLOSED     | EN | Your case ESC-1 is resolved           | How did we do? Tell us in one minute: https://survey.example.com/ESC-1
      INFORMATION_REQUESTED | TIER1      | EN | We need information from you for case ESC-1 | Please reply to this message or contact us by Tuesday 24 November 2026, 16:30 CET.
      UNRESOLVED_NO_REPLY   | CLOSED     | EN | Your case ESC-1 is closed             | We closed your case ESC-1 because we did not hear back from you.
      REMINDER              | TIER1      | EN | Reminder: we are waiting for your answer on case ESC-1 | If we do not hear from you by Tuesday 24 November 2026, 16:30 CET, we will close the case
      ROUTED                | TIER1      | DE | Wir haben Ihr Anliegen ESC-1 erhalten | Ihr Anliegen ESC-1 liegt jetzt bei unserem Kundenservice. Sie erhalten eine Antwort bis Dienstag, 24. November 2026, 16:30 Uhr MEZ.
      ESCALATED             | MANAGEMENT | DE | Ihr Anliegen ESC-1 wurde weitergeleitet | liegt jetzt bei unserer Geschäftsleitung.
      HANDED_OFF            | TECHNICAL  | DE | Ihr Anliegen ESC-1 liegt jetzt bei einer Fachabteilung | liegt jetzt bei unserer technischen Abteilung.
      RESOLVED              | CLOSED     | DE | Ihr Anliegen ESC-1 ist erledigt       | Wie zufrieden waren Sie? Sagen Sie es uns in einer Minute: https://survey.example.com/ESC-1
      INFORMATION_REQUESTED | TIER2      | DE | Wir benötigen Angaben von Ihnen zu Ihrem Anliegen ESC-1 | melden Sie sich bis Dienstag, 24. November 2026, 16:30 Uhr MEZ bei uns
      UNRESOLVED_NO_REPLY   | CLOSED     | DE | Ihr Anliegen ESC-1 ist geschlossen    | weil wir nichts von Ihnen gehört haben
      REMINDER              | TIER2      | DE | Erinnerung: Wir warten auf Ihre Antwort zu Ihrem Anliegen ESC-1 | Wenn wir bis Dienstag, 24. November 2026, 16:30 Uhr MEZ nichts von Ihnen hören
      """)
    void eachEventReadsRightInEachLanguage(String event, Level level, Language language, String subject, String says) {
        OutboxEntry entry = entry(event, level, language);

        NotificationTexts.Email email = texts.email(entry);

        assertThat(email.subject()).isEqualTo(subject);
        assertThat(email.text())
                .contains(says, "ESC-1")
                .doesNotContain("??")
                .contains(
                        language == Language.DE
                                ? "Sie erreichen uns so: Telefon +49 30 1234."
                                : "If you need us, call +49 30 1234.");
        assertThat(email.html())
                .contains("lang=\"" + language.name().toLowerCase() + "\"")
                .doesNotContain("??");
        assertThat(texts.sms(entry)).doesNotContain("??", "\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
      ROUTED                | TIER1
      ESCALATED             | MANAGEMENT
      SLA_BREACHED          | TIER2
      HANDED_OFF            | TECHNICAL
      RETURNED              | TIER2
      RESOLVED              | CLOSED
      INFORMATION_REQUESTED | BILLING
      REMINDER              | BILLING
      UNRESOLVED_NO_REPLY   | CLOSED
      """)
    void everySmsOfOursFitsOneSegmentWithTheCaseNumberOnce(String event, Level level) {
        NotificationTexts withRealLinks = new NotificationTexts(
                properties,
                caseNumber -> "https://desk.example.com/survey/Qm9vbGVhbi1zdXJ2ZXktdG9rZW4tMTIzNDU2Nzg5",
                staffTime);
        for (Language language : Language.values()) {
            OutboxEntry entry = new OutboxEntry(
                    1,
                    "ESC-2026-000123#1#SMS",
                    "ESC-2026-000123",
                    Audience.CUSTOMER,
                    ContactChannel.SMS,
                    event,
                    level.name(),
                    null,
                    "Tier 2",
                    level == Level.CLOSED ? null : DUE,
                    BERLIN,
                    "call us",
                    null,
                    "+4915112345678",
                    null,
                    language,
                    false,
                    1,
                    switch (event) {
                        case "INFORMATION_REQUESTED", "REMINDER" -> "your invoice number";
                        case "RESOLVED" -> "We refunded the fee.";
                        default -> null;
                    });

            String sms = withRealLinks.sms(entry);

            assertThat(sms)
                    .as(language + " " + sms)
                    .hasSizeLessThanOrEqualTo(160)
                    .doesNotContain("??", "null", "UTC");
            assertThat(sms.split("ESC-2026-000123", -1)).as(sms).hasSize(2);
            assertThat(sms.chars().allMatch(c -> GSM_7.indexOf(c) >= 0)).as(sms).isTrue();
        }
    }

    @Test
    void aPartnersCaseIsNamedToItsCustomerAsOurSpecialistTeamNeverAsTheLevelOrThePartner() {
        for (Language language : Language.values()) {
            OutboxEntry entry = new OutboxEntry(
                    1,
                    "ESC-2026-000123#2#EMAIL",
                    "ESC-2026-000123",
                    Audience.CUSTOMER,
                    ContactChannel.EMAIL,
                    "ESCALATED",
                    "TIER2",
                    "acme",
                    "Acme Customer Services",
                    DUE,
                    BERLIN,
                    "call us",
                    "jane@example.com",
                    null,
                    null,
                    language,
                    false,
                    1,
                    null);
            String team = language == Language.DE ? "unserem Spezialistenteam" : "our specialist team";

            assertThat(texts.email(entry).text()).contains(team).doesNotContain("Tier 2", "2nd-Level", "Acme");
            assertThat(texts.sms(entry))
                    .contains(team)
                    .doesNotContain("Tier 2", "2nd-Level", "Acme")
                    .hasSizeLessThanOrEqualTo(160);
        }
    }

    @Test
    void theResolutionSmsLinksTheSurveyToo() {
        OutboxEntry resolved = entry("RESOLVED", Level.CLOSED, Language.EN, "We refunded the fee.");

        assertThat(texts.sms(resolved))
                .isEqualTo("Case ESC-1 is resolved: We refunded the fee. "
                        + "How did we do? https://survey.example.com/ESC-1");
        assertThat(texts.sms(entry("ROUTED", Level.TIER1, Language.EN))).doesNotContain("survey");
    }

    @Test
    void anSmsOfOursQuotesALongSummaryShortAndTheEmailWhole() {
        String summary = "We checked every invoice since January and refunded the fees. ".repeat(30);
        OutboxEntry resolved = entry("RESOLVED", Level.CLOSED, Language.EN, summary);

        assertThat(texts.sms(resolved))
                .hasSizeLessThan(NotificationTexts.SMS_QUOTE + 120)
                .contains("... How did we do? https://survey.example.com/ESC-1");
        assertThat(texts.email(resolved).text()).contains(summary.strip());
    }

    @Test
    void theResolutionMessageSaysWhatWasDoneInTheAgentsWords() {
        assertThat(texts.email(entry("RESOLVED", Level.CLOSED, Language.EN, "We refunded the fee."))
                        .text())
                .contains("What we did:\nWe refunded the fee.");
        assertThat(texts.email(entry("RESOLVED", Level.CLOSED, Language.DE, "Die Gebühr ist erstattet."))
                        .text())
                .contains("Was wir getan haben:\nDie Gebühr ist erstattet.");
    }

    @Test
    void htmlEscapesTheValuesItShows() {
        OutboxEntry entry = new OutboxEntry(
                1,
                "ESC-1#1#EMAIL",
                "ESC-1",
                Audience.CUSTOMER,
                ContactChannel.EMAIL,
                "ROUTED",
                "TIER1",
                null,
                "Tier 1",
                DUE,
                null,
                "<script>alert(1)</script>",
                "jane@example.com",
                null,
                null,
                Language.EN,
                false,
                1,
                null);

        assertThat(texts.email(entry).html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      SLA_WARNING           | SLA warning: case ESC-1 is due Tuesday 24 November 2026, 16:30 CET | The SLA of case ESC-1 in the Tier 2 queue runs out at Tuesday 24 November 2026, 16:30 CET.
      FIRST_RESPONSE_MISSED | Nobody has taken case ESC-1 yet | Nobody in the Tier 2 queue has taken case ESC-1 within its first response target. Its SLA runs out at Tuesday 24 November 2026, 16:30 CET.
      """)
    void theSupervisorIsToldWhichCaseInWhichQueueAndWhenItsSlaRunsOut(String event, String subject, String says) {
        OutboxEntry entry = new OutboxEntry(
                1,
                "ESC-1#2-" + event + "#EMAIL",
                "ESC-1",
                Audience.SUPERVISOR,
                ContactChannel.EMAIL,
                event,
                "TIER2",
                null,
                "Tier 2",
                DUE,
                null,
                "call +49 30 1234",
                "tier2-lead@example.com",
                null,
                null,
                Language.EN,
                false,
                1,
                null);

        NotificationTexts.Email email = texts.email(entry);

        assertThat(email.subject()).isEqualTo(subject);
        assertThat(email.text())
                .contains(says, "Open case ESC-1 on the desk: https://desk.example.com/desk/#ESC-1")
                .doesNotContain("Dear customer", "call +49 30 1234");
        assertThat(email.html())
                .contains("Tier 2 queue", "href=\"https://desk.example.com/desk/#ESC-1\"")
                .doesNotContain("Dear customer");
    }

    @Test
    void anAnswerInAChatIsTheAgentsWordsAndTheCaseNumberInTheCustomersLanguage() {
        OutboxEntry entry = new OutboxEntry(
                1,
                "ESC-1#m1#WHATSAPP",
                "ESC-1",
                Audience.CUSTOMER,
                ContactChannel.WHATSAPP,
                "CUSTOMER_MESSAGED",
                "TIER1",
                null,
                "Tier 1",
                null,
                null,
                "call us",
                null,
                "+4915112345678",
                "+4915112345678",
                Language.DE,
                false,
                1,
                "Der Techniker kommt heute.\nEr ruft vorher an. ");

        assertThat(texts.answer(entry))
                .isEqualTo("Der Techniker kommt heute.\nEr ruft vorher an.\n\nIhre Fallnummer: ESC-1");
    }

    @Test
    void aCustomerReadsTimesInTheZoneOfTheirCasesBusinessHours() {
        OutboxEntry newYork = new OutboxEntry(
                1,
                "ESC-1#1#SMS",
                "ESC-1",
                Audience.CUSTOMER,
                ContactChannel.SMS,
                "ROUTED",
                "TIER1",
                null,
                "Tier 1",
                DUE,
                ZoneId.of("America/New_York"),
                "call us",
                null,
                "+12025550143",
                null,
                Language.EN,
                false,
                1,
                null);

        assertThat(texts.sms(newYork)).contains("10:30 EST").doesNotContain("CET", "UTC");
    }

    @Test
    void everyEnglishMessageHasAGermanTranslation() throws IOException {
        assertThat(bundle("messages_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("messages.properties").stringPropertyNames());
    }

    private OutboxEntry entry(String event, Level level, Language language) {
        return entry(event, level, language, null);
    }

    /** @param text the agent's words */
    private OutboxEntry entry(String event, Level level, Language language, String text) {
        return new OutboxEntry(
                1,
                "ESC-1#1#EMAIL",
                "ESC-1",
                Audience.CUSTOMER,
                ContactChannel.EMAIL,
                event,
                level.name(),
                null,
                "Tier 2",
                level == Level.CLOSED ? null : DUE,
                BERLIN,
                "call +49 30 1234",
                "jane@example.com",
                "+4915112345678",
                null,
                language,
                false,
                1,
                text);
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTextsTest.class.getResourceAsStream("/templates/notification/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
