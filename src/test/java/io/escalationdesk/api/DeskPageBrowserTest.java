package io.escalationdesk.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.ApiClient;
import io.escalationdesk.Chromium;
import io.escalationdesk.DeskSignIn;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.MarkedUpText;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An agent at the case page in a real Chromium; what every desk page allows to run. */
@EscalationDeskTest
class DeskPageBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Value("${local.server.port}")
    int port;

    @Autowired
    EngineCases cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void agentFindsTheCaseByPhoneAndSeesWhoEscalatedIt() {
        String phone = "+4930" + (10_000_000 + (int) (Math.random() * 80_000_000));
        String caseNumber = escalatedCase(phone);

        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setTimezoneId("UTC"))) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/", "tier2-agent");

            page.locator("#search")
                    .getByLabel("Phone")
                    .fill(phone.replace("+49", "+49 ").replace("+49 30", "+49 30 "));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            assertThat(page.locator("#results caption")).hasText("1 case found");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + caseNumber)))
                    .isVisible();
            Locator escalation = timelineRow(page, "Escalated");
            assertThat(escalation).containsText("tier1-agent");
            assertThat(escalation).containsText("Refund above Tier 1 limit");
            assertThat(page.locator("#case-facts")).containsText("Escalated by");
            assertThat(page.locator("#case-facts"))
                    .containsText(Pattern.compile("SLA due.*\\(\\d+ h, \\w+ calendar\\)"));
            // the staff's zone (Europe/Berlin), named, although the browser runs in UTC
            assertThat(escalation.locator("td").first())
                    .hasText(Pattern.compile("^\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} CES?T$"));
            assertThat(page.locator("#case-facts")).containsText("Business time left");
            // what helps resolve it: similar cases, articles, the customer's history
            for (String section : new String[] {"Similar resolved cases", "Articles", "Customer history"}) {
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(section)))
                        .isVisible();
            }
            assertThat(page.locator("#similar-cases li").first()).isVisible();
            assertThat(page.locator("#customer-history")).containsText("Other cases");
            assertThat(page.locator("#customer-history")).containsText("SLA breaches");
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Open \"Resolve escalated case\" in Tasklist")))
                    .isVisible();
        }
    }

    /**
     * The policy routes complex account issues to Tier 2 at the partner acme (Rule_OtherComplexIssueAtPartner): the case
     * page says so where it stands and on the timeline, and a Tier 2 agent is told whose queue its
     * task is in instead of a link Tasklist would answer "not found" to.
     */
    @Test
    void aPartnersCaseShowsThePartnerOnTheCasePageAndItsTimeline() {
        String caseNumber = cases.openAtTier1("ESC-BROWSER", Map.of("category", "ACCOUNT", "trigger", "COMPLEX_ISSUE"));

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/#" + caseNumber, "tier2-agent");

            assertThat(page.locator("#case-facts"))
                    .containsText("Open, Tier 2 with the partner Acme Customer Services");
            Locator routed = timelineRow(page, "Routed");
            assertThat(routed.locator("td").nth(3)).hasText("Tier 2 with the partner Acme Customer Services");
            assertThat(routed).containsText("Escalation policy: Tier 2 first");
            assertThat(page.locator("#open-tasks"))
                    .hasText("\"Resolve escalated case\" is in the queue of Acme Customer Services, not in yours");
            assertThat(page.locator("#open-tasks a")).hasCount(0);
        }
    }

    @Test
    void supervisorRetriesAFailedNotificationFromTheCasePage() {
        String caseNumber = escalatedCase("+4930" + (10_000_000 + (int) (Math.random() * 80_000_000)));
        // the SMS gateway refused the routing message for good (NotificationDeliveryTest shows how)
        jdbc.sql("update notification_outbox set status = 'FAILED', attempts = 1, "
                        + "last_error = 'SMS gateway refused the message: 400 BAD_REQUEST' "
                        + "where case_number = ? and event = 'ROUTED'")
                .param(caseNumber)
                .update();

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/#" + caseNumber, "supervisor");

            Locator routed = page.locator("#notifications tbody tr", new Page.LocatorOptions().setHasText("Routed"));
            assertThat(routed).containsText("Failed: SMS gateway refused the message");
            routed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry the SMS about Routed"))
                    .click();

            assertThat(routed).containsText("Queued");
            assertThat(page.locator("#timeline tbody tr", new Page.LocatorOptions().setHasText("Message retried")))
                    .containsText("supervisor");
        }
    }

    @Test
    void customerTextShowsOnTheCasePageAsTheTextItIs() {
        String caseNumber = escalatedCase(
                "+4930" + (10_000_000 + (int) (Math.random() * 80_000_000)),
                MarkedUpText.CUSTOMER_NAME,
                MarkedUpText.DESCRIPTION);

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/#" + caseNumber, "tier2-agent");

            Locator facts = page.locator("#case-facts");
            assertThat(facts).containsText(MarkedUpText.CUSTOMER_NAME);
            assertThat(facts).containsText(MarkedUpText.DESCRIPTION);
            Locator section = page.locator("#case-section");
            assertThat(section.locator("img")).hasCount(0);
            assertThat(section.locator("b")).hasCount(0);
            assertThat(section.locator("a[href*='phish']")).hasCount(0);
        }
    }

    @Test
    void theDeskSpeaksTheBrowsersGermanInTheStaffZoneAndSwitchesToEnglish() {
        String caseNumber = escalatedCase("+4930" + (10_000_000 + (int) (Math.random() * 80_000_000)));

        try (var context = chromium.browser()
                .newContext(new Browser.NewContextOptions().setLocale("de-DE").setTimezoneId("UTC"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/desk/#" + caseNumber);
            page.getByLabel("Benutzer").fill("tier2-agent");
            page.getByLabel("Passwort").fill("tier2-agent");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                    .click();

            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page).hasTitle("Escalation Desk — Fälle");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fall " + caseNumber)))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Verlauf").setExact(true)))
                    .isVisible();
            assertThat(page.locator("#case-facts")).containsText("Eskaliert von");
            // the staff's zone (Europe/Berlin), named the German way, although the browser runs in UTC
            assertThat(timelineRow(page, "Eskaliert").locator("td").first())
                    .hasText(Pattern.compile("^\\d{1,2}\\. [A-Za-zä]{3,4}\\.? \\d{4}(,| um) \\d{2}:\\d{2} MES?Z$"));

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("EN").setExact(true))
                    .click();

            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + caseNumber)))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Timeline").setExact(true)))
                    .isVisible();
            assertThat(timelineRow(page, "Escalated").locator("td").first())
                    .hasText(Pattern.compile("^\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} CES?T$"));
            // the choice outlasts the page, whatever the browser prefers
            page.reload();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + caseNumber)))
                    .isVisible();
        }
    }

    private static Locator timelineRow(Page page, String event) {
        return page.locator(
                "#timeline tbody tr",
                new Page.LocatorOptions()
                        .setHas(page.getByRole(
                                AriaRole.CELL,
                                new Page.GetByRoleOptions().setName(event).setExact(true))));
    }

    /** A case Tier 1 escalated to Tier 2, through the engine as Tasklist would drive it. */
    private String escalatedCase(String phone) {
        return escalatedCase(phone, "Jane Doe", "Refund requested");
    }

    private String escalatedCase(String phone, String customerName, String description) {
        String caseNumber = cases.openAtTier1(
                "ESC-BROWSER",
                Map.of("customerPhone", phone, "customerName", customerName, "description", description));
        cases.tier1Decides(caseNumber, "ESCALATE", Map.of("reason", "Refund above Tier 1 limit"));
        return caseNumber;
    }

    @Test
    void anAgentOpensACaseOnTheDeskAndReadsWhatToFixThenItsNumber() {
        String customer = "C-" + (100_000 + (int) (Math.random() * 899_999));

        try (var context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, "http://localhost:" + port + "/desk/", "tier1-agent");
            page.getByText("New case").click();
            Locator form = page.locator("#new-case");
            form.getByLabel("Customer name").fill("Jürgen Müller");
            form.getByLabel("Customer id").fill(customer);
            form.getByLabel("Came in by").selectOption("PHONE");
            form.getByLabel("Category").selectOption("BILLING");
            form.getByLabel("Priority").selectOption("NORMAL");
            form.getByLabel("Why it is escalated").selectOption("BILLING_DISPUTE");
            form.getByLabel("What the customer needs").fill("Charged twice for November");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open the case"))
                    .click();

            // a rule across fields reads as one sentence in the form's words
            assertThat(page.locator("#new-case-errors li")).hasText(Pattern.compile("^Email or Phone is required: .*"));

            form.getByLabel("Phone").fill("+999 1234");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open the case"))
                    .click();

            assertThat(page.locator("#new-case-errors li"))
                    .hasText(Pattern.compile("^Phone: must be a phone number with its country code .*"));
            assertThat(page.locator("#new-case-result")).isEmpty();

            form.getByLabel("Phone").fill("0151 2345 6789");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open the case"))
                    .click();

            Locator opened = page.locator("#new-case-result");
            assertThat(opened).hasText(Pattern.compile("^Case ESC-\\d{4}-\\d{6} opened; it is with .+"));
            assertThat(page.locator("#new-case-errors li")).hasCount(0);
            String caseNumber = opened.getByRole(AriaRole.LINK).textContent();
            assertThat(jdbc.sql("select customer_phone from "
                                    + "escalation_case where case_number = ? and customer_id = ?")
                            .params(caseNumber, customer)
                            .query(String.class)
                            .single())
                    .isEqualTo("+4915123456789");

            opened.getByRole(AriaRole.LINK).click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(caseNumber))))
                    .isVisible();
        }
    }

    @Test
    void theDeskPagesForbidScriptsAndStylesFromAnywhereButTheApp() throws Exception {
        for (String path : List.of("/desk/", "/desk/insights", "/desk/review", "/desk/parked", "/desk/desk.js")) {
            HttpResponse<String> page =
                    ApiClient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains(
                                    "script-src 'self'",
                                    "style-src 'self'",
                                    "object-src 'none'",
                                    "frame-ancestors 'none'"));
        }
    }
}
