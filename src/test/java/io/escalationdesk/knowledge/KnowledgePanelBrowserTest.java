package io.escalationdesk.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CamundaWebapps;
import io.escalationdesk.Chromium;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A German case's task in Tasklist, in a real Chromium: the form shows how a case like it was
 * resolved, the hint in German, the resolving agent's note as the text it is; the agent ticks
 * "This helped" and completes, and the case's timeline and the suggestion log say so.
 */
@EscalationDeskTest
class KnowledgePanelBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    SimilarityIndexFeed feed;

    @Autowired
    TaskService tasks;

    @Autowired
    TimelineReader timeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGermanCasesTaskShowsHowASimilarCaseWasResolvedAndRecordsWhatHelped() {
        // a word no other test's case has, so the two cases find each other
        String router = "Fritz" + UUID.randomUUID().toString().substring(0, 6);
        String note = "Kanal 6 eingestellt <b>x</b>";
        String resolved = cases.openAtTier1(
                "PANEL",
                Map.of(
                        "description",
                        "Router " + router + " verliert abends die Verbindung",
                        "customerLanguage",
                        "DE"));
        cases.tier1Decides(resolved, "RESOLVED", Map.of("resolutionCode", "WORKAROUND", "resolutionSummary", note));
        feed.catchUp();
        String open = cases.openAtTier1(
                "PANEL",
                Map.of(
                        "description",
                        "Abends verliert mein Router " + router + " die Verbindung",
                        "customerLanguage",
                        "DE"));

        try (BrowserContext context = chromium.browser().newContext()) {
            String tasklist = api.uri("/camunda/app/tasklist/default/").toString();
            Page page = CamundaWebapps.signIn(context, tasklist, "tier1-agent");
            page.navigate(tasklist + "#/?task=" + taskOf(open));
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByText("Case " + open)).isVisible();
            assertThat(form.getByLabel("At Tier 1"))
                    .hasValue(Pattern.compile(
                            "^\\d+ von \\d+ ähnlichen Fällen wurden in Tier 1 mit „Umgehungslösung gegeben“ gelöst$"));
            Locator similar = form.getByLabel("Similar resolved cases");
            assertThat(similar).hasValue(Pattern.compile(resolved + " · 1st Level · Umgehungslösung gegeben · "));
            assertThat(similar).hasValue(Pattern.compile(note));
            assertThat(similar).hasValue(Pattern.compile("Gemeinsame Wörter: .*" + router.toLowerCase()));
            assertThat(form.getByLabel("The customer's history with us"))
                    .hasValue(Pattern.compile("Weitere Fälle: \\d+ offen, \\d+ geschlossen"));
            assertThat(form.locator("b")).hasCount(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"))
                    .click();
            page.getByLabel("Ähnlicher Fall " + resolved).check();
            page.getByLabel("Resolved: close the case").check();
            CamundaWebapps.choose(page, "Resolution", "Workaround given");
            page.getByLabel("What we did, for the customer (sent in the resolution message)")
                    .fill("Kanal 6 eingestellt, wie im ähnlichen Fall.");
            page.getByLabel("Reason or note (goes on the case timeline)").fill("Wie " + resolved);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByText("Case " + open)).isHidden();
        }

        assertThat(timeline.of(open))
                .filteredOn(update -> update.event() == CaseEvent.SUGGESTION_HELPED)
                .extracting(StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(tuple("tier1-agent", "Similar case " + resolved + " helped"));
        assertThat(jdbc.sql("select count(*) from knowledge_suggestion "
                                + "where case_number = ? and kind = 'CASE' and suggested = ? and helped_at is not null")
                        .params(open, resolved)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
    }
}
