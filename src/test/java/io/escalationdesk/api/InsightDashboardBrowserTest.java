package io.escalationdesk.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.Chromium;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.InsightRange;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Supervisors and agents at the insight dashboard in a real Chromium. The cases ran through the
 * engine in a week of June 2025 no other test uses: Tuesday 3 June, Tier 1 (tier1-agent)
 * escalates A and C to Tier 2 and resolves B; A's Tier 2 SLA runs out.
 */
@EscalationDeskTest
class InsightDashboardBrowserTest {

    private static final String FROM = "2025-06-02";
    private static final String LAST_DAY = "2025-06-08";
    private static final ObjectMapper json = new ObjectMapper();

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static String breached;

    @Value("${local.server.port}")
    int port;

    @Autowired
    EngineCases cases;

    @Autowired
    CaseJobs jobs;

    @Autowired
    ApiClient api;

    @Test
    void supervisorFiltersAWeekSeesTheChartsDownloadsTheTableAndOpensTheBreachedCases() throws Exception {
        theWeekOfThirdJune();

        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, "supervisor");
            InsightRange.show(page, FROM, LAST_DAY);

            Locator summary = page.locator("section[data-report=summary] tbody");
            assertThat(row(summary, "Cases opened")).containsText("3");
            assertThat(row(summary, "Cases escalated")).containsText("2"); // A and C
            // 4 stays ended: A, B, C at Tier 1, A at Tier 2 by its breach
            assertThat(row(summary, "SLA breaches")).containsText("25.0");
            Locator trendNotes = page.locator("section[data-report=trends] .note");
            assertThat(trendNotes.first()).containsText("per 100 cases opened"); // no contact volumes
            assertThat(trendNotes.last()).containsText("Worked out at");

            assertThat(chartOf(page, "trends-chart")).isEqualTo(Map.of("labels", 7, "datasets", 4));
            // Tier 1, Tier 2 and the supervisor, who has A since its breach
            assertThat(chartOf(page, "levels-chart")).isEqualTo(Map.of("labels", 3, "datasets", 1));
            assertThat(chartOf(page, "avoidable-by-trigger-chart").get("datasets"))
                    .isEqualTo(1);
            assertThat(chartOf(page, "backlog-chart").get("datasets")).isEqualTo(4);

            Download download = page.waitForDownload(() -> page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Download SLA breaches by level as CSV"))
                    .click());
            String levels = "/api/insights/levels?from=" + FROM + "&to=2025-06-09";
            String csv = ApiClient.send(api.as("supervisor", levels).header("Accept", "text/csv"))
                    .body();
            JsonNode rows = json.readTree(api.get("supervisor", levels).body()).get("rows");
            assertThat(download.suggestedFilename()).isEqualTo("levels.csv");
            assertThat(Files.readString(download.path())).isEqualTo(csv);
            assertThat(csv.split("\r\n"))
                    .hasSize(rows.size() + 1)
                    .anyMatch(line -> line.startsWith("TIER2,Tier 2,2,")); // A and C reached Tier 2

            row(summary, "SLA breaches").getByRole(AriaRole.LINK).click();
            assertThat(page).hasURL(Pattern.compile("/desk/#insight-cases\\?.*only=BREACHED"));
            assertThat(page.locator("#results caption")).hasText("1 case behind the figure: with an SLA breach");
            assertThat(page.locator("#results tbody tr")).hasCount(1);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(breached)))
                    .isVisible();
        }
    }

    /**
     * At 1366x768, the first screen shows the key figures beside the previous week and the trend,
     * times in the staff's zone (Berlin) whatever the browser's zone; a reversed range clears them.
     */
    @Test
    void theFirstScreenShowsTheKeyFiguresAndTheTrendAndAReversedRangeClearsThem() {
        theWeekOfThirdJune();

        try (var context = chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 768)
                        .setTimezoneId("America/New_York"))) {
            Page page = context.newPage();
            signIn(page, "manager");
            InsightRange.show(page, FROM, LAST_DAY);

            // 2 of 3 cases escalated (no contact volumes: per 100 cases), B resolved where it entered,
            // 1 of 4 stays breached
            assertThat(tile(page, "escalationRate")).hasText("66.7 per 100 cases");
            assertThat(tile(page, "firstContactResolution")).hasText("100.0 %");
            assertThat(tile(page, "breachRate")).hasText("25.0 %");
            assertThat(tile(page, "atRisk")).hasText(Pattern.compile("\\d+ cases?"));
            assertThat(tile(page, "satisfactionAverage")).hasText("–"); // nobody answered
            assertThat(page.locator("#period"))
                    .hasText("2 – 8 Jun 2025, beside the period before: 26 May – 1 Jun 2025");
            for (Locator figure : page.locator(".tile").all()) {
                assertThat(figure).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
            }
            assertThat(chartOf(page, "trends-chart")).isEqualTo(Map.of("labels", 7, "datasets", 4));
            assertThat(page.locator("#trends-chart"))
                    .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
            assertThat(page.locator("section[data-report=trends] .note").last())
                    .hasText(Pattern.compile("Worked out at \\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d (CET|CEST)\\."));

            InsightRange.show(page, LAST_DAY, FROM);

            assertThat(page.locator("#insight-error"))
                    .hasText("The last day is before the first: choose a range that runs forwards.");
            assertThat(tile(page, "escalationRate")).hasText("–");
            assertThat(page.locator("section[data-report=trends] .note")).hasCount(0);
            assertThat(page.evaluate("Chart.getChart('trends-chart') === undefined"))
                    .isEqualTo(true);
        }
    }

    /**
     * Issue 24, one language per reader: a German browser in UTC reads the dashboard in German,
     * numbers the German way, and times in the staff's zone (Berlin, the test app's default) with
     * the zone named; no English of the page's wording is left on the first screen.
     */
    @Test
    void aGermanBrowserInUtcReadsTheDashboardInGermanWithBerlinTimes() {
        theWeekOfThirdJune();

        try (var context = chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 768)
                        .setLocale("de-DE")
                        .setTimezoneId("UTC"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/desk/insights");
            page.getByLabel("Benutzer").fill("supervisor");
            page.getByLabel("Passwort").fill("supervisor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                    .click();
            page.getByLabel("Von").fill(FROM);
            page.getByLabel("Bis (letzter Tag)").fill(LAST_DAY);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Anzeigen").setExact(true))
                    .click();

            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page).hasTitle("Escalation Desk — Kennzahlen");
            assertThat(page.locator(".tile h3")).hasText(new String[] {
                "Eskalationsquote", "Erstlösungsquote", "SLA-Verletzungen", "Jetzt gefährdet", "Zufriedenheit"
            });
            assertThat(tile(page, "escalationRate")).hasText("66,7 je 100 Fälle");
            assertThat(tile(page, "firstContactResolution")).hasText("100,0 %");
            assertThat(tile(page, "breachRate")).hasText("25,0 %");
            assertThat(page.locator("#period"))
                    .hasText("2.–8. Juni 2025, im Vergleich zum Zeitraum davor: 26. Mai – 1. Juni 2025");
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Eskalationsquote und Erstlösungsquote")))
                    .isVisible();
            // when the figures were worked out, in Berlin's time, which German names MEZ or MESZ
            assertThat(page.locator("section[data-report=trends] .note").last())
                    .hasText(Pattern.compile(
                            "^Stand: \\d{1,2}\\. [A-Za-zä]{3,4}\\.? \\d{4}(,| um) \\d{2}:\\d{2} MES?Z\\.$"));
            assertThat(chartOf(page, "trends-chart")).isEqualTo(Map.of("labels", 7, "datasets", 4));
            assertThat(page.evaluate("Chart.getChart('trends-chart').data.datasets.map(d => d.label)"))
                    .isEqualTo(List.of(
                            "Eskalationsquote",
                            "Eskalationsquote, Zeitraum davor",
                            "Erstlösungsquote (%)",
                            "Erstlösungsquote (%), Zeitraum davor"));
            assertThat(firstScreenText(page))
                    .contains("Kennzahlen", "Stand:", "je 100 Fälle")
                    .doesNotContain(
                            "Escalation rate",
                            "First contact resolution",
                            "SLA breaches",
                            "At risk now",
                            "Satisfaction",
                            "Worked out at",
                            "previous period",
                            "per 100 cases",
                            "Download CSV",
                            "Sign out",
                            "Trends by");

            Locator summary = page.locator("section[data-report=summary] tbody");
            assertThat(page.locator("section[data-report=summary] thead")).containsText("Dieser Zeitraum");
            assertThat(row(summary, "Eröffnete Fälle")).containsText("3");
            assertThat(row(summary, "SLA-Verletzungen")).containsText("25,0");
        }
    }

    /** The text on the first screen as the browser lays it out: what is seen without scrolling. */
    private static String firstScreenText(Page page) {
        return (String) page.evaluate("() => {"
                + " const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + " const seen = [];"
                + " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
                + "   const range = document.createRange();"
                + "   range.selectNodeContents(node);"
                + "   const box = range.getBoundingClientRect();"
                + "   if (box.height > 0 && box.bottom > 0 && box.top < innerHeight) seen.push(node.textContent);"
                + " }"
                + " return seen.join(' ');"
                + "}");
    }

    /** A supervisor names the agent first: the page does not show them their own weeks. */
    @Test
    void aSupervisorIsAskedForTheAgentBeforeTheirWeeksAreShown() {
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> asked = requests(page);
            signIn(page, "supervisor");
            assertThat(page.locator("section[data-report=summary] caption")).hasText("Summary");

            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Agent")))
                    .hasValue("");
            assertThat(page.locator("section[data-report=agent] table")).hasCount(0);
            assertThat(asked).noneMatch(request -> request.contains("/api/insights/agents/"));

            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Agent"))
                    .fill("tier2-agent");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the agent"))
                    .click();
            assertThat(page.locator("section[data-report=agent] caption")).hasText("Agent tier2-agent");
        }
    }

    /** An agent reads their own weeks: the page asks for nothing else, so nothing is refused. */
    @Test
    void anAgentSeesTheirOwnWeeksAndThePageAsksForNothingTheyMayNotRead() {
        try (var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> asked = requests(page);
            signIn(page, "tier1-agent");

            assertThat(page.locator("section[data-report=agent] caption")).hasText("Agent tier1-agent");
            assertThat(page.locator("#own-only")).isVisible();
            assertThat(page.locator("#key-figures")).isHidden();
            assertThat(page.locator("section[data-report=summary]")).isHidden();
            assertThat(page.locator("#agent-form")).isHidden();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Show").setExact(true))
                    .click();
            assertThat(page.locator("section[data-report=agent] .note").last()).containsText("Worked out at");

            assertThat(asked)
                    .filteredOn(request -> request.contains("/api/insights/"))
                    .allMatch(request -> request.startsWith("200 "))
                    .extracting(request -> request.replaceAll("\\?.*", ""))
                    .containsOnly("200 /api/insights/access", "200 /api/insights/agents/tier1-agent");
        }
    }

    /** Every answer the page gets, as "status path", as they come. */
    private static List<String> requests(Page page) {
        List<String> answers = new CopyOnWriteArrayList<>();
        page.onResponse(response ->
                answers.add(response.status() + " " + URI.create(response.url()).getRawPath() + "?"
                        + URI.create(response.url()).getRawQuery()));
        return answers;
    }

    /** A key figure: its value and unit as read. */
    private static Locator tile(Page page, String kpi) {
        return page.locator(".tile[data-kpi=" + kpi + "] .figure");
    }

    private void signIn(Page page, String user) {
        page.navigate("http://localhost:" + port + "/desk/insights");
        page.getByLabel("User").fill(user);
        page.getByLabel("Password").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    private static Locator row(Locator body, String figure) {
        return body.locator("tr")
                .filter(new Locator.FilterOptions()
                        .setHas(body.page()
                                .getByRole(
                                        AriaRole.CELL,
                                        new Page.GetByRoleOptions()
                                                .setName(figure)
                                                .setExact(true))));
    }

    /** How many labels and data sets the chart on the canvas draws, once it is drawn. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> chartOf(Page page, String canvas) {
        page.waitForFunction("id => Chart.getChart(id) !== undefined", canvas);
        return (Map<String, Object>) page.evaluate(
                "id => { const chart = Chart.getChart(id); "
                        + "return { labels: chart.data.labels.length, datasets: chart.data.datasets.length }; }",
                canvas);
    }

    /** Once for the class: the engine's clock runs in June 2025 while the cases are worked. */
    private synchronized void theWeekOfThirdJune() {
        if (breached != null) {
            return;
        }
        try {
            EngineTime.setToBerlin("2025-06-03T10:00");
            breached = cases.openAtTier1("ESC-INSIGHT", Map.of());
            cases.tier1Decides(breached, "ESCALATE", Map.of("reason", "Refund above Tier 1 limit"));
            jobs.breachSla(breached);
            jobs.runDue(breached);
            cases.tier1Decides(
                    cases.openAtTier1("ESC-INSIGHT", Map.of()),
                    "RESOLVED",
                    Map.of("resolutionCode", "ANSWERED", "reason", "Explained"));
            cases.tier1Decides(
                    cases.openAtTier1("ESC-INSIGHT", Map.of()), "ESCALATE", Map.of("reason", "Needs Tier 2"));
        } finally {
            EngineTime.reset();
        }
    }
}
