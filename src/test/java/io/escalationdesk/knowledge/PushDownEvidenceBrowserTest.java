package io.escalationdesk.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.Chromium;
import io.escalationdesk.DeskSignIn;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.InsightRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The dashboard's push-down candidates link to their evidence, in a real Chromium: a case
 * escalated and answered at Tier 2 makes its category and trigger a candidate, and the
 * supervisor reads the cases Tier 1 resolved like it, with the agents' notes as text.
 */
@EscalationDeskTest
class PushDownEvidenceBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Value("${local.server.port}")
    int port;

    @Autowired
    EngineCases cases;

    @Autowired
    SimilarityIndexFeed feed;

    @Test
    void aSupervisorReadsTheTierOneResolutionsBehindAPushDownCandidate() {
        String escalated = cases.openAtTier1("PUSHDOWN", Map.of());
        cases.tier1Decides(escalated, "ESCALATE", Map.of("reason", "Needs Tier 2"));
        cases.decides(escalated, "tier2-agent", "tier2", "RESOLVED", Map.of("resolutionCode", "ANSWERED"));
        String note = "Explained the delay <b>" + UUID.randomUUID() + "</b>";
        String atTierOne = cases.openAtTier1("PUSHDOWN", Map.of());
        cases.tier1Decides(atTierOne, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "resolutionSummary", note));
        feed.catchUp();
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/insights", "supervisor");
            InsightRange.show(page, today, today);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Evidence: Billing, Resolution delayed"))
                    .click();

            Locator evidence = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Evidence"));
            assertThat(evidence.getByRole(AriaRole.HEADING))
                    .hasText(Pattern.compile(
                            "^Billing, Resolution delayed: \\d+ resolved cases; resolved at Tier 1, newest first$"));
            assertThat(evidence).containsText("similar cases were resolved at Tier 1 with");
            Locator resolved = evidence.locator("li", new Locator.LocatorOptions().setHasText(atTierOne));
            assertThat(resolved).containsText(note);
            assertThat(resolved.getByRole(AriaRole.LINK)).hasAttribute("href", "/desk/#" + atTierOne);
            assertThat(evidence.locator("b")).hasCount(0);
        }
    }
}
