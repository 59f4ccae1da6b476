package io.escalationdesk.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.escalationdesk.Chromium;
import io.escalationdesk.DeskSignIn;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.MarkedUpText;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.SurveyAnswer;
import io.escalationdesk.feedback.Surveys;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The customer's survey on a phone, and the supervisors' review, in a real Chromium; the desk's
 * sign-in on a shared screen.
 */
@EscalationDeskTest
class FeedbackBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final String COMMENT = "Drei Anrufe! " + MarkedUpText.DESCRIPTION;
    private static final String SUMMARY_ROWS = "section[data-report=summary] tbody tr";

    @Value("${local.server.port}")
    int port;

    @Autowired
    EngineCases cases;

    @Autowired
    Surveys surveys;

    @Autowired
    TaskService tasks;

    @Autowired
    Lessons lessons;

    @Test
    void aGermanCustomerAnswersTheSurveyOnAPhone() {
        String caseNumber = cases.openAtTier1("PHONE", Map.of("customerLanguage", "DE"));
        cases.tier1Decides(
                caseNumber, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "reason", "Explained the charge"));

        try (var context = chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setDeviceScaleFactor(3)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("de-DE"))) {
            Page page = context.newPage();
            page.navigate(surveys.linkFor(caseNumber));

            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wie zufrieden waren Sie?")))
                    .isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on a phone")
                    .isTrue();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("2"))
                    .check();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Nein"))
                    .check();
            page.getByLabel("Möchten Sie uns noch etwas sagen?").fill(COMMENT);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwort senden"))
                    .tap();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vielen Dank")))
                    .isVisible();
        }
        assertThat(surveys.answerOf(caseNumber).orElseThrow().comment()).isEqualTo(COMMENT);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskCandidateGroup("supervisors")
                        .singleResult()
                        .getName())
                .isEqualTo(caseNumber + " · Rechnung · J. Doe"); // the supervisors' queue names the case
    }

    @Test
    void aSupervisorAdoptsALessonAndTheCaseShowsIt() {
        String caseNumber = cases.openAtTier1("LESSON", Map.of());
        String lesson = "Tier 1 could explain roaming charges with article KB-12 <b>now</b>";
        cases.tier1Decides(
                caseNumber,
                "RESOLVED",
                Map.of(
                        "resolutionCode",
                        "ANSWERED",
                        "reason",
                        "Explained the charge",
                        "lesson",
                        lesson,
                        "lessonKind",
                        "KNOWLEDGE_ARTICLE"));
        surveys.answerForCase(caseNumber, new SurveyAnswer(1, false, COMMENT), "survey-tool");

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/review", "supervisor");

            Locator row = page.locator("#lessons tbody tr", new Page.LocatorOptions().setHasText(caseNumber));
            assertThat(row).containsText(lesson);
            assertThat(row).containsText("Knowledge article");
            Locator answer = page.locator("#answers tbody tr", new Page.LocatorOptions().setHasText(caseNumber));
            assertThat(answer).containsText(COMMENT);
            assertThat(page.locator("#review b, #review img")).hasCount(0);

            row.getByRole(AriaRole.TEXTBOX).fill("Article KB-12 linked in the Tier 1 playbook");
            row.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Adopt lesson" + " " + lessonId(caseNumber)))
                    .click();
            page.getByLabel("Lessons to show").selectOption("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                    .click();
            assertThat(row).containsText("Adopted by supervisor: Article KB-12 linked in the Tier 1 playbook");

            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(caseNumber))
                    .click();
            Locator adopted =
                    page.locator("#timeline tbody tr", new Page.LocatorOptions().setHasText("Lesson adopted"));
            assertThat(adopted).containsText("supervisor");
            assertThat(adopted).containsText("Knowledge article lesson adopted: Article KB-12 linked");
            assertThat(page.locator("#case-facts")).containsText("1 of 5, concern resolved: no");
        }
    }

    @Test
    void theNextPersonOnASharedScreenSeesNothingOfTheLastOnesReviewOrFigures() {
        String caseNumber = cases.openAtTier1("LESSON", Map.of());
        cases.tier1Decides(
                caseNumber,
                "RESOLVED",
                Map.of(
                        "resolutionCode",
                        "ANSWERED",
                        "reason",
                        "Explained the charge",
                        "lesson",
                        "Explain roaming at Tier 1",
                        "lessonKind",
                        "KNOWLEDGE_ARTICLE"));
        surveys.answerForCase(caseNumber, new SurveyAnswer(1, false, COMMENT), "survey-tool");

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/review", "supervisor");
            assertThat(page.locator("#answers tbody tr", new Page.LocatorOptions().setHasText(caseNumber)))
                    .containsText(COMMENT);
            assertThat(page.locator("#lessons tbody tr").first()).isVisible();
            // the dashboard in a second tab of the same browser: signed in by the same session
            Page figures = context.newPage();
            figures.navigate("http://localhost:" + port + "/desk/insights");
            assertThat(figures.locator(SUMMARY_ROWS).first()).isVisible();

            page.bringToFront();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                    .click();
            assertThat(figures.getByLabel("User")).isVisible();
            assertThat(figures.locator(SUMMARY_ROWS)).hasCount(0);
            page.getByLabel("User").fill("tier1-agent");
            page.getByLabel("Password").fill("tier1-agent");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            assertThat(page.locator("#review-error")).containsText("403");
            assertThat(page.locator("#lessons tbody tr")).hasCount(0);
            assertThat(page.locator("#answers tbody tr")).hasCount(0);
            assertThat(page.getByText(COMMENT)).hasCount(0);
            // the other tab started afresh too, as the agent, who reads their own figures only
            assertThat(figures.locator("#user")).hasText("tier1-agent");
            assertThat(figures.locator("#own-only")).isVisible();
            assertThat(figures.locator(SUMMARY_ROWS)).hasCount(0);
        }
    }

    @Test
    void aReloadKeepsTheSignInWhileTheBrowserKeepsNoPassword() {
        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/review", "supervisor");
            assertThat(page.locator("#user")).hasText("supervisor");

            page.reload();

            assertThat(page.locator("#user")).hasText("supervisor");
            assertThat(page.locator("#review")).isVisible();
            assertThat(page.getByLabel("Password")).isHidden();
            // nothing in web storage, and the session cookie out of the page's reach
            assertThat(page.evaluate("JSON.stringify([{...localStorage}, {...sessionStorage}, document.cookie])"))
                    .isEqualTo("[{},{},\"\"]");
            assertThat(context.cookies()).singleElement().satisfies(cookie -> {
                assertThat(cookie.name).isEqualTo("JSESSIONID");
                assertThat(cookie.httpOnly).isTrue();
                assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
            });
        }
    }

    private long lessonId(String caseNumber) {
        return lessons.ofCase(caseNumber).get(0).id();
    }
}
