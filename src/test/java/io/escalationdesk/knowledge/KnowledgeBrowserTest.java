package io.escalationdesk.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.Chromium;
import io.escalationdesk.DeskSignIn;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.Lessons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The desk's knowledge page in a real Chromium: a supervisor edits the draft an adopted lesson
 * became and publishes it; an agent finds it by its words once the similarity index has it, and
 * reads it. Markup in an article stays text.
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
}
