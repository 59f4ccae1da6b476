package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.intake.Caller;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.intake.NewCase;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SMS, WhatsApp and chat providers' webhooks over HTTP, signed as each provider signs: a valid
 * signature is recorded on the customer's case; a missing or wrong one is 401 problem+json and
 * stores nothing; a message delivered again stores nothing new.
 */
@EscalationDeskTest
@Tag("database")
class InboundWebhookTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseIntake intake;

    @Autowired
    CaseJobs jobs;

    @Autowired
    CaseRecords records;

    @Autowired
    TimelineReader timeline;

    @Value("${escalation.inbound.webhooks.sms-url}")
    String smsUrl;

    @Test
    void anSmsSignedByTheProviderLandsOnTheOpenCaseOfThatNumberOnce() throws Exception {
        String phone = "+49151" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String caseNumber = openCase(phone);
        Map<String, String> sms = Map.of(
                "MessageSid",
                "SM" + UUID.randomUUID().toString().replace("-", ""),
                "From",
                phone,
                "To",
                "+4930555000",
                "Body",
                "Yes, <b>the router</b> is plugged in.");

        HttpResponse<String> first = postSms(sms, twilioSignature(sms, "test-sms-auth-token"));
        HttpResponse<String> again = postSms(sms, twilioSignature(sms, "test-sms-auth-token"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("stored").asInt()).isEqualTo(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("stored").asInt()).isZero();
        assertThat(rowsOf("SMS", sms.get("MessageSid"))).isEqualTo(1);
        assertThat(timeline.of(caseNumber))
                .filteredOn(update -> update.event() == CaseEvent.CUSTOMER_CONTACTED)
                .singleElement()
                .extracting(StatusUpdate::reason)
                .isEqualTo("SMS: from the customer's number or handle " + phone
                        + ": Yes, <b>the router</b> is plugged in.");
    }

    @Test
    void anSmsWithoutOrWithAWrongSignatureIs401AndStoresNothing() throws Exception {
        Map<String, String> sms = Map.of(
                "MessageSid", "SM-forged-" + UUID.randomUUID(), "From", "+4915100000001", "Body", "Close my account");
        long before = allRows();

        HttpResponse<String> unsigned = postSms(sms, null);
        HttpResponse<String> wrong = postSms(sms, twilioSignature(sms, "not-the-auth-token"));

        for (HttpResponse<String> response : List.of(unsigned, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
        assertThat(json.readTree(unsigned.body()).get("detail").asText()).contains("X-Twilio-Signature");
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void whatsAppIsVerifiedByItsTokenAndItsMessagesBySignature() throws Exception {
        HttpResponse<String> handshake = ApiClient.send(HttpRequest.newBuilder(
                        api.uri("/api/inbound/whatsapp?hub.mode=subscribe&hub.verify_token=test-whatsapp-verify-token"
                                + "&hub.challenge=1158201444"))
                .GET());
        HttpResponse<String> wrongToken = ApiClient.send(HttpRequest.newBuilder(
                        api.uri("/api/inbound/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1"))
                .GET());
        assertThat(handshake.statusCode()).isEqualTo(200);
        assertThat(handshake.body()).isEqualTo("1158201444");
        assertThat(wrongToken.statusCode()).isEqualTo(401);

        String phone = "49152" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String caseNumber = openCase("+" + phone);
        String id = "wamid." + UUID.randomUUID();
        byte[] body = whatsApp(phone, id, "The technician did not come.");
        long before = allRows();

        HttpResponse<String> forged = postSigned(
                "/api/inbound/whatsapp", body, "X-Hub-Signature-256", "sha256=" + hmacHex("not-the-app-secret", body));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(allRows()).isEqualTo(before);

        HttpResponse<String> signed = postSigned(
                "/api/inbound/whatsapp",
                body,
                "X-Hub-Signature-256",
                "sha256=" + hmacHex("test-whatsapp-app-secret", body));
        HttpResponse<String> replayed = postSigned(
                "/api/inbound/whatsapp",
                body,
                "X-Hub-Signature-256",
                "sha256=" + hmacHex("test-whatsapp-app-secret", body));
        assertThat(json.readTree(signed.body()).get("stored").asInt()).isEqualTo(1);
        assertThat(json.readTree(replayed.body()).get("stored").asInt()).isZero();
        assertThat(rowsOf("WHATSAPP", id)).isEqualTo(1);
        assertThat(landedOn("WHATSAPP", id)).isEqualTo(caseNumber);

        byte[] receipt = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{"
                        + "\"value\":{\"statuses\":[{\"id\":\"wamid.x\",\"status\":\"read\"}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> status = postSigned(
                "/api/inbound/whatsapp",
                receipt,
                "X-Hub-Signature-256",
                "sha256=" + hmacHex("test-whatsapp-app-secret", receipt));
        assertThat(json.readTree(status.body()).get("stored").asInt()).isZero();
    }

    @Test
    void aChatMessageFromAnUnknownHandleOpensACaseForTier1() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] body = ("{\"messageId\":\"" + id + "\",\"from\":\"visitor-" + id + "\","
                        + "\"name\":\"Max Mustermann\",\"email\":\"max@example.de\","
                        + "\"text\":\"My parcel never arrived.\"}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postSigned(
                "/api/inbound/chat/webchat", body, "X-Signature-256", "sha256=" + hmacHex("test-webchat-secret", body));

        assertThat(response.statusCode()).isEqualTo(200);
        String caseNumber = landedOn("CHAT", "webchat:" + id);
        assertThat(records.find(caseNumber).orElseThrow())
                .extracting(record -> record.trigger(), record -> record.customerEmail(), record -> record.channel())
                .containsExactly(Trigger.CUSTOMER_MESSAGE, "max@example.de", Channel.CHAT);
    }

    @Test
    void aChatMessageWithoutAWayToAnswerIs400NamingTheFieldAndStoresNothing() throws Exception {
        byte[] body =
                "{\"messageId\":\"m-1\",\"from\":\"visitor\",\"text\":\"Hello\"}".getBytes(StandardCharsets.UTF_8);
        long before = allRows();

        HttpResponse<String> missing = postSigned(
                "/api/inbound/chat/webchat", body, "X-Signature-256", "sha256=" + hmacHex("test-webchat-secret", body));
        HttpResponse<String> unknownChannel = postSigned(
                "/api/inbound/chat/fax", body, "X-Signature-256", "sha256=" + hmacHex("test-webchat-secret", body));

        byte[] badPhone = "{\"messageId\":\"m-2\",\"from\":\"visitor\",\"phone\":\"12\","
                .concat("\"text\":\"Hi\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> notANumber = postSigned(
                "/api/inbound/chat/webchat",
                badPhone,
                "X-Signature-256",
                "sha256=" + hmacHex("test-webchat-secret", badPhone));

        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(missing.body());
        assertThat(problem.toString()).contains("\"email\"");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notANumber.body()).get("errors").findValuesAsText("field"))
                .containsExactly("phone");
        assertThat(unknownChannel.statusCode()).isEqualTo(404);
        assertThat(allRows()).isEqualTo(before);
    }

    private String openCase(String phone) {
        NewCase call = new NewCase(
                "C-" + phone,
                "Jane Doe",
                null,
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
        String caseNumber = intake.open(call, null, new Caller("tier1-agent", List.of("tier1")))
                .record()
                .caseNumber();
        jobs.runDue(caseNumber);
        return caseNumber;
    }

    private HttpResponse<String> postSms(Map<String, String> fields, String signature) throws Exception {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/inbound/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return ApiClient.send(request);
    }

    private HttpResponse<String> postSigned(String path, byte[] body, String header, String signature)
            throws Exception {
        return ApiClient.send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/json")
                .header(header, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** As Twilio signs: the URL, then every field's name and value sorted by name; HMAC-SHA1. */
    private String twilioSignature(Map<String, String> fields, String token) throws Exception {
        StringBuilder signed = new StringBuilder(smsUrl);
        new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static byte[] whatsApp(String from, String id, String text) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\","
                        + "\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
                        + "\"contacts\":[{\"profile\":{\"name\":\"Jane Doe\"},\"wa_id\":\"" + from + "\"}],"
                        + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + id + "\",\"timestamp\":"
                        + "\"1764756000\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long rowsOf(String channel, String providerId) {
        return jdbc.sql("select count(*) from inbound_message where channel = ? and provider_id = ?")
                .params(channel, providerId)
                .query(Long.class)
                .single();
    }

    private long allRows() {
        return jdbc.sql("select count(*) from inbound_message where channel <> 'EMAIL'")
                .query(Long.class)
                .single();
    }

    private String landedOn(String channel, String providerId) {
        return jdbc.sql("select case_number from inbound_message where channel = ? and provider_id = ?")
                .params(channel, providerId)
                .query(String.class)
                .single();
    }
}
