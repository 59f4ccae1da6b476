package io.escalationdesk.engine;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CamundaWebapps;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.Chromium;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.MarkedUpText;
import io.escalationdesk.cases.CaseNumbers;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.feedback.SurveyAnswer;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.notification.Notifications;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agents in Tasklist and auditors in Cockpit, in a real Chromium, each with their own rights. */
@EscalationDeskTest
class CamundaWebappsBrowserTest {

    private static final ObjectMapper json = new ObjectMapper();

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    ApiClient api;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseJobs jobs;

    @Autowired
    HistoryService history;

    @Autowired
    EngineCases cases;

    @Autowired
    Surveys surveys;

    @Autowired
    TimelineReader timeline;

    @Autowired
    Notifications notifications;

    @Autowired
    CaseNumbers caseNumbers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tier1AsksAnExpertReadsTheAnswerInTheFormAndResolves() throws Exception {
        String caseNumber = newCase("Help Line Customer");

        // a German agent's browser in UTC: the form's times are the staff's (Berlin), named so
        try (BrowserContext context = chromium.browser()
                .newContext(new Browser.NewContextOptions().setLocale("de-DE").setTimezoneId("UTC"))) {
            Page page = signIn(context, "tasklist", "tier1-agent");
            page.navigate(webapp("tasklist") + "#/?task=" + openTaskOf(caseNumber));
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByText("Case " + caseNumber)).isVisible();
            // what the agent needs to act: how to reach the customer, the case on the desk, and
            // wording and times that fit the case
            assertThat(form.getByLabel("Email")).hasValue("jane@example.com");
            assertThat(form.getByRole(
                            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the case on the desk")))
                    .hasAttribute("href", "/desk/#" + caseNumber);
            Locator caseFacts =
                    form.locator(".fjs-form-field-text", new Locator.LocatorOptions().setHasText("Concern:"));
            assertThat(caseFacts).containsText("raised as: Resolution delayed");
            assertThat(caseFacts).not().containsText("escalated");
            assertThat(caseFacts).containsText("Standard, writes in English");
            assertThat(caseFacts).containsText(Pattern.compile("SLA due: \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} CET"));
            assertThat(form.getByText("VIP customer")).isHidden();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"))
                    .click();
            page.getByLabel("Ask an expert (you keep the case)").check();
            CamundaWebapps.choose(page, "Whom to ask", "Tier 2 agents");
            page.getByLabel("Your question (you keep the case; its SLA runs on)")
                    .fill("Was the October refund booked?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByText("Case " + caseNumber)).isHidden();
        }
        String question = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ExpertConsultProcess.PROCESS_KEY)
                .singleResult()
                .getId();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "tier2-agent");
            page.navigate(webapp("tasklist") + "#/?task=" + question);
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByLabel("The question")).hasValue("Was the October refund booked?");
            assertThat(form.getByLabel("Asked by")).hasValue("tier1-agent (Tier 1)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"))
                    .click();
            page.getByLabel("Your answer (the colleague reads it in the case's task; it goes on the " + "timeline)")
                    .fill("Yes, on 3 November");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByText("Case " + caseNumber)).isHidden();
        }
        jobs.runDue(caseNumber);
        // after the task came back: the form shows the case as it is when it opens
        notifications.messageCustomer(caseNumber, "We are checking your refund.", "supervisor");
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "tier1-agent");
            page.navigate(webapp("tasklist") + "#/?task=" + caseTaskOf(caseNumber));
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByLabel("Latest status updates"))
                    .hasValue(Pattern.compile(
                            "^\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} CET — " + "Agent wrote to the customer"));
            assertThat(form.getByLabel("Questions to experts and their answers"))
                    .hasValue("Tier 2 agents, asked by tier1-agent: Was the October refund booked? "
                            + "Answer by tier2-agent: Yes, on 3 November");
            page.getByLabel("Resolved: close the case").check();
            CamundaWebapps.choose(page, "Resolution", "Question answered");
            page.getByLabel("What we did, for the customer (sent in the resolution message)")
                    .fill("We confirmed your October refund.");
            page.getByLabel("Reason or note (goes on the case timeline)").fill("Refund confirmed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByText("Case " + caseNumber)).isHidden();
        }
        assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .containsSubsequence(CaseEvent.CONSULT_ASKED, CaseEvent.CONSULT_ANSWERED, CaseEvent.RESOLVED);
    }

    @Test
    void aSupervisorReviewsADissatisfiedCustomerInTasklist() throws Exception {
        String caseNumber = cases.openAtTier1("REVIEW", Map.of());
        cases.tier1Decides(
                caseNumber, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "reason", "Explained the charge"));
        surveys.answerForCase(caseNumber, new SurveyAnswer(1, false, MarkedUpText.DESCRIPTION), "survey-tool");
        String review = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskCandidateGroup("supervisors")
                .singleResult()
                .getId();

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "supervisor");
            page.navigate(webapp("tasklist") + "#/?task=" + review);
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByText("Case " + caseNumber + ": the customer is dissatisfied"))
                    .isVisible();
            assertThat(form.getByLabel("The customer's comment")).hasValue(MarkedUpText.DESCRIPTION);
            assertThat(form.locator("img")).hasCount(0);
            assertThat(form.getByLabel("Where the case went")).hasValue("Tier 1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"))
                    .click();
            CamundaWebapps.choose(page, "What you did", "Called the customer back");
            page.getByLabel("Note (goes on the case timeline)").fill("Apologised; refund confirmed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByText("Case " + caseNumber)).isHidden();
        }
        assertThat(timeline.of(caseNumber))
                .last()
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.SURVEY_REVIEWED,
                        "supervisor",
                        "Called the customer back: Apologised; refund confirmed");
    }

    @Test
    void tier1EscalatesInTasklistAndTheCaseMovesToTier2() throws Exception {
        String customer = "Tasklist Customer " + UUID.randomUUID().toString().substring(0, 6);
        String caseNumber = newCase(customer);
        String tier1Task = openTaskOf(caseNumber);

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "tier1-agent");
            page.navigate(webapp("tasklist") + "#/?task=" + tier1Task);
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByText("Case " + caseNumber)).isVisible();
            assertThat(customerField(form)).hasValue(customer);
            assertThat(form.getByText("raised as: Resolution delayed")).isVisible();
            assertThat(form.getByText("SLA due:")).isVisible();
            assertThat(form.getByLabel("Latest status updates"))
                    .hasValue(Pattern.compile("Routed by system: Escalation policy: Tier 1 first"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"))
                    .click();
            page.getByLabel("Escalate to the next level").check();
            page.getByLabel("Reason or note (goes on the case timeline)").fill("Refund above the Tier 1 limit");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tasklist-tier1.png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByText("Case " + caseNumber)).isHidden();
        }
        jobs.runDue(caseNumber); // the customer's notification step, then the Tier 2 task
        String tier2Task = openTaskOf(caseNumber);

        assertThat(tasksVisibleTo("tier1-agent", caseNumber)).isZero();
        assertThat(tasksVisibleTo("tier2-agent", caseNumber)).isOne();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "tier2-agent");
            page.navigate(webapp("tasklist") + "#/?task=" + tier2Task);
            Locator form = page.locator(".fjs-form");
            assertThat(customerField(form)).hasValue(customer);
            assertThat(form.getByLabel("Latest status updates"))
                    .hasValue(Pattern.compile("Escalated by tier1-agent: Refund above the Tier 1 limit"));
        }
    }

    @Test
    void customerTextShowsInTheTaskFormAsTheTextItIs() throws Exception {
        String caseNumber = newCase(MarkedUpText.CUSTOMER_NAME, MarkedUpText.DESCRIPTION);
        String task = openTaskOf(caseNumber);

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "tier1-agent");
            page.navigate(webapp("tasklist") + "#/?task=" + task);
            Locator form = page.locator(".fjs-form");
            assertThat(form.getByText("Case " + caseNumber)).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tasklist-markup.png")));

            assertThat(form.locator("img")).hasCount(0);
            assertThat(form.locator("a[href*='phish']")).hasCount(0);
            assertThat(form.locator("b")).hasCount(0);
            assertThat(customerField(form)).hasValue(MarkedUpText.CUSTOMER_NAME);
            assertThat(form.getByLabel("What the customer needs")).hasValue(MarkedUpText.DESCRIPTION);
        }
    }

    @Test
    void tier1OpensACaseWithTasklistsStartFormReadsWhatToFixThenItsNumber() {
        String customerId = "C-" + UUID.randomUUID().toString().substring(0, 8);
        String lastNumber = caseNumbers.next();

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "tasklist", "tier1-agent");
            page.getByText("Start process").click();
            // the task list may show the same name on open tasks, so pick the dialog's link
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Customer escalation")
                                    .setExact(true))
                    .click();
            page.getByLabel("Customer id").fill(customerId);
            page.getByLabel("Customer name").fill("Start Form Customer");
            CamundaWebapps.choose(page, "The customer reached us by", "Chat");
            CamundaWebapps.choose(page, "Category", "Billing");
            CamundaWebapps.choose(page, "Why it is escalated", "Billing dispute");
            page.getByLabel("What the customer needs").fill("Charged twice in November");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                    .click();

            // refused without a way to reach the customer: said in words at the top of the dialog,
            // which stays open to fix it
            Locator refusals = page.locator(".modal-content").getByRole(AriaRole.ALERT);
            Locator refused = refusals.first();
            assertThat(refused).containsText("The process could not be started");
            assertThat(refused)
                    .containsText("Email or phone: give at least one, so we can tell the customer how their case goes");
            assertThat(refused).not().containsText("Cannot instantiate");
            assertThat(refused).not().containsText(CustomerEscalationProcess.PROCESS_KEY + ":");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tasklist-start-refused.png")));
            Locator phone = page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true));
            phone.fill("+999 1234"); // the form's pattern lets it pass; no country has that code
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                    .click();
            assertThat(refusals.last())
                    .containsText(
                            "Phone: must be a phone number with its country code (+49 151 12345678) or as dialled "
                                    + "in DE");
            phone.fill("0171 9876543");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                    .click();

            Locator notes = page.locator(".page-notifications");
            Locator opened = notes.locator(".alert", new Locator.LocatorOptions().setHasText("opened"));
            Pattern caseOpened = Pattern.compile("Case (ESC-\\d{4}-\\d{6}) opened");
            assertThat(opened).hasText(caseOpened);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/tasklist-start.png")));
            Matcher number = caseOpened.matcher(opened.textContent());
            assertThat(number.find()).isTrue();
            String caseNumber = number.group(1);
            // the refused start used no number: the case has the one after the last taken
            assertThat(caseNumber).isEqualTo(numberAfter(lastNumber));
            assertThat(opened.getByRole(AriaRole.LINK)).hasAttribute("href", "/desk/#" + caseNumber);

            var started = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .singleResult();
            assertThat(runtime.getVariable(started.getId(), "category")).isEqualTo("BILLING");
            assertThat(runtime.getVariable(started.getId(), "channel")).isEqualTo("CHAT");
            assertThat(jdbc.sql("select customer_phone from escalation_case "
                                    + "where case_number = ? and customer_id = ?")
                            .params(caseNumber, customerId)
                            .query(String.class)
                            .single())
                    .isEqualTo("+491719876543");
            // and it stored nothing: one case, one process, for this customer
            assertThat(jdbc.sql("select count(*) from escalation_case where customer_id = ?")
                            .param(customerId)
                            .query(Long.class)
                            .single())
                    .isOne();
            assertThat(history.createHistoricVariableInstanceQuery()
                            .variableValueEquals("customerId", customerId)
                            .count())
                    .isOne();
        }
    }

    /** ESC-2026-000041 -> ESC-2026-000042 */
    private static String numberAfter(String caseNumber) {
        int sequence = caseNumber.lastIndexOf('-') + 1;
        return caseNumber.substring(0, sequence) + "%06d".formatted(Long.parseLong(caseNumber.substring(sequence)) + 1);
    }

    @Test
    void anAuditorReadsTheCaseInCockpitAndMayChangeNothing() throws Exception {
        String caseNumber = newCase("Cockpit Customer");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, "cockpit", "auditor");
            page.navigate(webapp("cockpit") + "#/process-instance/" + instance + "/runtime");
            assertThat(page.locator(".djs-container")).isVisible(); // the diagram
            page.getByText("User Tasks").click();
            assertThat(page.getByText("Resolve case").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/cockpit-auditor.png")));

            // history: the policy's decision for this case, as Cockpit keeps it
            page.navigate(webapp("cockpit") + "#/decision-instance/" + policyDecisionOf(instance));
            assertThat(page.getByText("Escalation policy").first()).isVisible();
            assertThat(page.getByText("TIER1").first()).isVisible();
        }
        assertThat(api.post(
                                "auditor",
                                "/engine-rest/process-instance/" + instance + "/variables",
                                "{\"modifications\":{\"priority\":{\"value\":\"LOW\"}}}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(runtime.getVariable(instance, "priority")).isEqualTo("NORMAL");
    }

    private static Locator customerField(Locator form) {
        return form.getByLabel("Customer", new Locator.GetByLabelOptions().setExact(true));
    }

    private String policyDecisionOf(String instance) {
        return history.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance)
                .decisionDefinitionKey(CustomerEscalationProcess.POLICY_DECISION_KEY)
                .singleResult()
                .getId();
    }

    private Page signIn(BrowserContext context, String app, String user) {
        return CamundaWebapps.signIn(context, webapp(app), user);
    }

    private String webapp(String app) {
        return api.uri("/camunda/app/" + app + "/default/").toString();
    }

    private String newCase(String customerName) throws Exception {
        return newCase(customerName, "Waiting for a refund for three weeks");
    }

    private String newCase(String customerName, String description) throws Exception {
        var body = json.createObjectNode()
                .put("customerId", "C-7100")
                .put("customerName", customerName)
                .put("customerEmail", "jane@example.com")
                .put("preferredContactChannel", "EMAIL")
                .put("channel", "PHONE")
                .put("category", "GENERAL")
                .put("priority", "NORMAL")
                .put("trigger", "RESOLUTION_DELAYED")
                .put("customerSegment", "STANDARD")
                .put("description", description);
        String caseNumber = json.readTree(
                        api.post("tier1-agent", "/api/cases", body.toString()).body())
                .get("caseNumber")
                .asText();
        jobs.runDue(caseNumber);
        return caseNumber;
    }

    private String openTaskOf(String caseNumber) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
    }

    private String caseTaskOf(String caseNumber) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .singleResult()
                .getId();
    }

    private long tasksVisibleTo(String user, String caseNumber) throws Exception {
        return json.readTree(api.get(user, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber)
                        .body())
                .get("count")
                .asLong();
    }
}
