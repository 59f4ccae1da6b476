package io.escalationdesk.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.Chromium;
import io.escalationdesk.DeskSignIn;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk's knowledge page in a real Chromium: a supervisor edits the draft an adopted lesson
 * became and publishes it; an agent finds it by its words once the similarity index has it, and
 * reads it. Markup in an article stays text. On a case's page, an agent marks a similar case
 * helpful and opens it, and the suggestion log says so.
 */
@EscalationDeskTest
class KnowledgeBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Value("${local.server.port}")
    int port;

    @Autowired
    EngineCases cases;

    @Autowired
    Lessons lessons;

    @Autowired
    SimilarityIndexFeed feed;

    @Autowired
    TimelineReader timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorPublishesADraftAnAgentReadsItsMarkupAsText() {
        String caseNumber = cases.openAtTier1("KNOWLEDGE", Map.of());
        String title = "Explain roaming charges at Tier 1 " + caseNumber;
        cases.tier1Decides(
                caseNumber,
                "RESOLVED",
                Map.of(
                        "resolutionCode", "ANSWERED",
                        "reason", "Explained the charge",
                        "lesson", title,
                        "lessonKind", "KNOWLEDGE_ARTICLE"));
        lessons.decide(lessons.ofCase(caseNumber).get(0).id(), LessonStatus.ADOPTED, "Drafted", "supervisor");
        String body = "Open the roaming tariff, then explain it. " + MARKUP;
        List<String> dialogs = new ArrayList<>();

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/knowledge", "supervisor");
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.getByLabel("Status").selectOption("DRAFT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find"))
                    .click();
            Locator draft = page.locator("#articles tbody tr", new Page.LocatorOptions().setHasText(title));
            assertThat(draft).containsText("Draft");
            draft.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title))
                    .click();

            page.getByLabel("Text").fill(body);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.locator("#article-body")).hasText(body);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                    .click();

            assertThat(page.locator("#article-about")).containsText("Published");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")))
                    .isHidden();
            assertThat(page.locator("#knowledge img")).hasCount(0);
        }
        feed.catchUp(); // the words search asks the similarity index, which polls every few seconds

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/knowledge", "tier1-agent");
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.getByLabel("Words").fill(caseNumber);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find"))
                    .click();
            Locator published = page.locator("#articles tbody tr");
            assertThat(published).hasCount(1);
            assertThat(published).containsText("Published");
            published
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title))
                    .click();

            assertThat(page.locator("#article-body")).hasText(body);
            assertThat(page.locator("#knowledge img")).hasCount(0);
            assertThat(page.locator("#editing")).isHidden();
            assertThat(page.getByLabel("Status")).isHidden();
        }
        assertThat(dialogs).as("no script of the article ran").isEmpty();
    }

    @Test
    void anAgentOnTheDeskMarksASimilarCaseHelpfulAndOpensIt() {
        // a word no other test's case has, so the two cases find each other
        String word = "Tarif" + UUID.randomUUID().toString().substring(0, 6);
        String resolved = cases.openAtTier1("KNOWLEDGE", Map.of("description", "Roaming charges " + word + " abroad"));
        cases.tier1Decides(
                resolved,
                "RESOLVED",
                Map.of("resolutionCode", "ANSWERED", "resolutionSummary", "Explained the tariff"));
        feed.catchUp();
        String open = cases.openAtTier1("KNOWLEDGE", Map.of("description", "Why roaming charges " + word + "?"));

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/#" + open, "tier1-agent");
            Locator similar = page.locator("#similar-cases li", new Page.LocatorOptions().setHasText(resolved));
            assertThat(similar).containsText("Explained the tariff");
            Locator helped =
                    similar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(resolved + " helped"));
            helped.click();
            assertThat(helped).hasText("Marked as helpful");
            similar.getByRole(AriaRole.LINK).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + resolved)))
                    .isVisible();
        }
        // shown first by the task's form to the Tier 1 queue, once per level: the desk counts against that
        await().untilAsserted(() -> assertThat(jdbc.sql("""
                        select level, shown_to, opened_at is not null as opened, helped_at is not null as helped
                        from knowledge_suggestion where case_number = ? and kind = 'CASE' and suggested = ?""")
                        .params(open, resolved)
                        .query((row, n) -> row.getString("level") + " " + row.getString("shown_to") + " opened "
                                + row.getBoolean("opened") + " helped " + row.getBoolean("helped"))
                        .list())
                .containsExactly("TIER1 tier1 opened true helped true"));
        assertThat(timeline.of(open))
                .filteredOn(update -> update.event() == CaseEvent.SUGGESTION_HELPED)
                .extracting(StatusUpdate::actor)
                .containsExactly("tier1-agent");
    }
}
