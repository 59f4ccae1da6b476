package io.escalationdesk.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CamundaWebapps;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.Chromium;
import io.escalationdesk.DeskSignIn;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.MarkedUpText;
import io.escalationdesk.conversation.ThreadTokens;
import io.escalationdesk.inbound.LocalMailbox;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conversation as customer and agent have it, in a real Chromium: the customer's answer
 * comes in through the support mailbox (IMAP), shows as plain text on the desk and in the
 * agent's Tasklist form, and the agent's answer from the form reaches the customer's mailbox
 * (SMTP) in the same thread. Administrators, and only they, see the parked messages as text.
 */
@EscalationDeskTest
class ConversationBrowserTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    ApiClient api;

    @Autowired
    CaseJobs jobs;

    @Autowired
    TaskService tasks;

    @Autowired
    ThreadTokens tokens;

    @Autowired
    NotificationDispatcher dispatcher;

    @Test
    void theCustomersAnswerShowsAsTextAndTheAgentAnswersInTheSameThread() throws Exception {
        String customer = "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String caseNumber = newCase(customer);
        dispatcher.dispatchDue(); // our first mail, the one the customer answers
        String answerId = "<answer-" + UUID.randomUUID() + "@mail.example.com>";
        LocalMailbox.instance()
                .deliver(("""
        From: Jane Doe <%s>
        To: Escalation Desk <support@example.com>
        Subject: Re: We have received your case %s
        Message-ID: %s
        In-Reply-To: %s
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        %s
        """)
                        .formatted(
                                customer,
                                caseNumber,
                                answerId,
                                tokens.messageId(caseNumber, "1.EMAIL", "example.com"),
                                MarkedUpText.DESCRIPTION)
                        .getBytes(StandardCharsets.UTF_8));
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> json.readTree(api.get("tier1-agent", "/api/cases/" + caseNumber)
                                        .body())
                                .get("customerMessages")
                                .size()
                        == 1);

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page =
                    DeskSignIn.signIn(context, api.uri("/desk/#" + caseNumber).toString(), "tier1-agent");
            Locator conversation = page.locator("#conversation");
            assertThat(conversation.locator("li.from-customer")).containsText(MarkedUpText.DESCRIPTION);
            assertThat(conversation.locator("li.from-customer")).containsText("answer to our message <" + caseNumber);
            assertThat(conversation.locator("img")).hasCount(0);
            assertThat(conversation.locator("a")).hasCount(0);
        }

        String task = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = CamundaWebapps.signIn(
                    context, api.uri("/camunda/app/tasklist/default/").toString(), "tier1-agent");
            page.navigate(
                    api.uri("/camunda/app/tasklist/default/#/?task=" + task).toString());
            Locator form = page.locator(".fjs-form");
            Locator latest = form.getByLabel("The customer's latest messages");
            assertThat(latest).isVisible();
            assertThat(latest.inputValue())
                    .contains(MarkedUpText.DESCRIPTION)
                    .contains("answer to our message <" + caseNumber);
            assertThat(form.locator("img")).hasCount(0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"))
                    .click();
            page.getByLabel("Resolved: close the case").check();
            Locator resolution = page.locator(".fjs-form-field", new Page.LocatorOptions().setHasText("Resolution"))
                    .locator(".fjs-input-group");
            assertThat(resolution).not().hasClass(Pattern.compile("(^|\\s)disabled(\\s|$)"));
            resolution.click();
            page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText("Question answered"))
                    .first()
                    .click();
            page.getByLabel("What we did, for the customer (sent in the resolution message)")
                    .fill("We explained that those links are not ours.");
            page.getByLabel("Reason or note (goes on the case timeline)").fill("Explained the links");
            page.getByLabel("Message to the customer (optional): sent as you write it, where they "
                            + "last wrote to us or on their preferred channel")
                    .fill("Please do not click those links; " + "we never ask for your password.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"))
                    .click();
            assertThat(form.getByLabel("The customer's latest messages")).isHidden();
        }

        jobs.runDue(caseNumber);
        dispatcher.dispatchDue();
        MimeMessage answer = Awaitility.await()
                .atMost(PATIENCE)
                .until(
                        () -> Arrays.stream(
                                        LocalMailServer.instance().greenMail().getReceivedMessages())
                                .filter(mail -> recipientIs(mail, customer))
                                .filter(mail -> subjectOf(mail).startsWith("A message about your case"))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        // in the thread: after the customer's answer, and answering the thread's latest mail
        List<String> references =
                List.of(MimeUtility.unfold(answer.getHeader("References", null)).split(" "));
        assertThat(references).contains(answerId);
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(references.get(references.size() - 1));
        assertThat(answer.getHeader("Auto-Submitted")).isNull();
        assertThat(answer.getReplyTo()[0].toString()).contains(tokens.replyAddress(caseNumber, "support@example.com"));
        assertThat(tokens.caseOfMessageId(answer.getMessageID())).contains(caseNumber);
    }

    @Test
    void parkedMessagesShowAsTextToAdministratorsAndToNobodyElse() throws Exception {
        String subject = "Out of office " + UUID.randomUUID();
        LocalMailbox.instance()
                .deliver(("""
        From: Jane Doe <jane.ooo@example.com>
        To: Escalation Desk <support@example.com>
        Subject: %s
        Message-ID: <ooo-%s@mail.example.com>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        %s
        """)
                        .formatted(subject, UUID.randomUUID(), MarkedUpText.DESCRIPTION)
                        .getBytes(StandardCharsets.UTF_8));
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> api.get("admin", "/api/parked-messages").body().contains(subject));
        assertThat(api.get("tier1-agent", "/api/parked-messages").statusCode()).isEqualTo(403);

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, api.uri("/desk/parked").toString(), "admin");
            Locator row = page.locator("#messages tbody tr", new Page.LocatorOptions().setHasText(subject));
            assertThat(row).containsText("Automatic reply or bulk mail");
            assertThat(row).containsText(MarkedUpText.DESCRIPTION);
            assertThat(page.locator("#messages img")).hasCount(0);
            assertThat(page.locator("#messages a")).hasCount(0);
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = DeskSignIn.signIn(context, api.uri("/desk/parked").toString(), "tier1-agent");
            assertThat(page.locator("#parked-error")).hasText("Parked messages are for administrators (403).");
            assertThat(page.locator("#messages tbody tr")).hasCount(0);
        }
    }

    private String newCase(String email) throws Exception {
        var body = json.createObjectNode()
                .put("customerId", "C-7200")
                .put("customerName", "Jane Doe")
                .put("customerEmail", email)
                .put("preferredContactChannel", "EMAIL")
                .put("channel", "PHONE")
                .put("category", "GENERAL")
                .put("priority", "NORMAL")
                .put("trigger", "RESOLUTION_DELAYED")
                .put("customerSegment", "STANDARD")
                .put("description", "Got a strange mail asking for my password");
        String caseNumber = json.readTree(
                        api.post("tier1-agent", "/api/cases", body.toString()).body())
                .get("caseNumber")
                .asText();
        jobs.runDue(caseNumber);
        return caseNumber;
    }

    private static boolean recipientIs(MimeMessage mail, String address) {
        try {
            return mail.getAllRecipients() != null
                    && Arrays.stream(mail.getAllRecipients())
                            .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
