package io.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.LocalHttpService;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.conversation.CustomerMessages;
import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.InboundMessage;
import io.escalationdesk.intake.Caller;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.intake.NewCase;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent's message answers where the customer last wrote, within the answer window: on
 * WhatsApp through the Cloud API, in a chat tool signed with its secret, by SMS; otherwise on the
 * preferred channel. WhatsApp and chat tools run on local ports; the test drives the dispatcher.
 */
@EscalationDeskTest
@Tag("database")
class AnswerChannelTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Caller TIER1 = new Caller("tier1-agent", List.of("tier1"));

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseJobs jobs;

    @Autowired
    CustomerMessages customerMessages;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationOutbox outbox;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    TimelineReader timeline;

    @Autowired
    JdbcClient jdbc;

    private final LocalHttpService whatsApp = LocalHttpService.WHATSAPP;
    private final LocalHttpService chat = LocalHttpService.CHAT;

    @AfterEach
    void providersAreBack() {
        whatsApp.recover();
        chat.recover();
    }

    @Test
    void anAnswerToAWhatsAppMessageGoesToThatNumberThroughTheCloudApi() throws Exception {
        String phone = newPhone();
        String caseNumber = openCase("jane@example.com", phone);
        customerWrites(InboundChannel.WHATSAPP, phone, "Is the technician coming today?");

        notifications.messageCustomer(caseNumber, "Yes, between 2 and 4 pm.\nHe calls first.", "tier1-agent");
        dispatchUntil(() -> sentOn(caseNumber, ContactChannel.WHATSAPP));

        assertThat(requestsFor(whatsApp, phone.substring(1))).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer whatsapp-token");
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("messaging_product").asText()).isEqualTo("whatsapp");
            assertThat(body.get("to").asText()).isEqualTo(phone.substring(1));
            assertThat(body.at("/text/body").asText())
                    .isEqualTo("Yes, between 2 and 4 pm.\nHe calls first.\n\nYour case number: " + caseNumber);
        });
        assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::reason)
                .contains("Message to the customer by WhatsApp: Yes, between 2 and 4 pm.\nHe calls first.")
                .anyMatch(reason ->
                        reason.startsWith("WhatsApp to ***" + phone.substring(phone.length() - 4) + " about"));
    }

    @Test
    void anAnswerInAChatGoesToTheVisitorsHandleSignedWithTheToolsSecret() throws Exception {
        String visitor = "visitor-" + UUID.randomUUID();
        String caseNumber = customerMessages
                .receive(InboundMessage.chat(
                        InboundChannel.CHAT,
                        "webchat:" + UUID.randomUUID(),
                        "webchat:" + visitor,
                        "Max Mustermann",
                        "max@example.de",
                        "My parcel never arrived.",
                        new byte[0]))
                .map(id -> jdbc.sql("select case_number from inbound_message where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .orElseThrow();

        notifications.messageCustomer(caseNumber, "We sent a new parcel today.", "tier1-agent");
        dispatchUntil(() -> sentOn(caseNumber, ContactChannel.CHAT));

        assertThat(requestsFor(chat, visitor)).singleElement().satisfies(request -> {
            assertThat(request.signature())
                    .isEqualTo("sha256=" + hmacHex("test-webchat-answer-secret", request.body()));
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("to").asText()).isEqualTo(visitor);
            assertThat(body.get("caseNumber").asText()).isEqualTo(caseNumber);
            assertThat(body.get("reference").asText())
                    .startsWith(caseNumber + "#m")
                    .endsWith("#CHAT");
            assertThat(body.get("text").asText()).startsWith("We sent a new parcel today.");
        });
    }

    @Test
    void whenWhatsAppRefusesTheAnswerItGoesBySmsToTheSameCustomer() throws Exception {
        whatsApp.failWith(400);
        String phone = newPhone();
        String caseNumber = openCase(null, phone);
        customerWrites(InboundChannel.WHATSAPP, phone, "Hello?");

        notifications.messageCustomer(caseNumber, "We are on it.", "tier1-agent");
        dispatchUntil(() -> sentOn(caseNumber, ContactChannel.SMS));

        assertThat(outbox.of(caseNumber))
                .filteredOn(entry -> entry.text() != null)
                .satisfiesExactly(
                        refused -> {
                            assertThat(refused.channel()).isEqualTo(ContactChannel.WHATSAPP);
                            assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);
                            assertThat(refused.lastError())
                                    .isEqualTo("WhatsApp refused the message: 400 BAD_REQUEST; sending by SMS instead");
                        },
                        sms -> assertThat(sms.channel()).isEqualTo(ContactChannel.SMS));
    }

    @Test
    void anAnswerToAnSmsGoesBySmsAlthoughTheCustomerPrefersEmail() throws Exception {
        String phone = newPhone();
        String caseNumber = openCase("jane@example.com", phone);
        customerWrites(InboundChannel.SMS, phone, "Call me back please");

        notifications.messageCustomer(caseNumber, "We call you at 3 pm.", "tier1-agent");

        assertThat(queuedMessage(caseNumber).channel()).isEqualTo(ContactChannel.SMS);
    }

    @Test
    void afterTheAnswerWindowTheAnswerGoesOnThePreferredChannel() throws Exception {
        String phone = newPhone();
        String caseNumber = openCase("jane@example.com", phone);
        customerWrites(InboundChannel.WHATSAPP, phone, "Any news?");
        jdbc.sql("update inbound_message set received_at = ? where case_number = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(25))), caseNumber)
                .update();

        notifications.messageCustomer(caseNumber, "Here is the news.", "tier1-agent");

        assertThat(queuedMessage(caseNumber).channel()).isEqualTo(ContactChannel.EMAIL);
    }

    @Test
    void aChatWhoseToolTakesNoAnswersIsAnsweredOnThePreferredChannel() throws Exception {
        String phone = newPhone();
        String caseNumber = openCase(null, phone);
        jdbc.sql("""
        insert into inbound_message (channel, provider_id, sender, original, received_at, status,
                                     case_number)
        values ('CHAT', ?, 'forum:jane', ?, current_timestamp, 'THREADED', ?)""")
                .params("forum:" + UUID.randomUUID(), new byte[0], caseNumber)
                .update();

        notifications.messageCustomer(caseNumber, "Thanks for your post.", "tier1-agent");

        assertThat(queuedMessage(caseNumber).channel()).isEqualTo(ContactChannel.SMS);
    }

    @Test
    void whatsAppAndChatAreNeverAPreferredChannel() {
        String caseNumber = openCase("jane@example.com", newPhone());

        for (ContactChannel answersOnly : List.of(ContactChannel.WHATSAPP, ContactChannel.CHAT)) {
            assertThatThrownBy(() -> notifications.changePreferences(
                            caseNumber, new NotificationPreferences(answersOnly, Language.EN, false), "tier1-agent"))
                    .isInstanceOfSatisfying(
                            InvalidFieldException.class,
                            invalid -> assertThat(invalid.getMessage()).contains("preferredContactChannel"));
        }
    }

    private String openCase(String email, String phone) {
        NewCase call = new NewCase(
                "C-" + phone,
                "Jane Doe",
                email,
                phone,
                null,
                Channel.PHONE,
                Category.TECHNICAL,
                Priority.NORMAL,
                Trigger.RESOLUTION_DELAYED,
                CustomerSegment.STANDARD,
                "Router keeps dropping the line",
                null,
                null,
                false);
        String caseNumber = intake.open(call, null, TIER1).record().caseNumber();
        jobs.runDue(caseNumber);
        return caseNumber;
    }

    private void customerWrites(InboundChannel channel, String phone, String text) {
        assertThat(customerMessages.receive(InboundMessage.chat(
                        channel,
                        channel + "-" + UUID.randomUUID(),
                        phone,
                        "Jane Doe",
                        phone,
                        text,
                        text.getBytes(StandardCharsets.UTF_8))))
                .isPresent();
    }

    private NotificationOutbox.Entry queuedMessage(String caseNumber) {
        return outbox.of(caseNumber).stream()
                .filter(entry -> entry.text() != null)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private boolean sentOn(String caseNumber, ContactChannel channel) {
        return outbox.of(caseNumber).stream()
                .anyMatch(entry ->
                        entry.channel() == channel && entry.text() != null && entry.status() == DeliveryStatus.SENT);
    }

    private void dispatchUntil(Callable<Boolean> condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    dispatcher.dispatchDue();
                    return condition.call();
                });
    }

    private static List<LocalHttpService.Request> requestsFor(LocalHttpService service, String recipient) {
        return service.requests().stream()
                .filter(request -> request.body().contains("\"" + recipient + "\""))
                .toList();
    }

    private static String newPhone() {
        return "+49151" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private static String hmacHex(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
