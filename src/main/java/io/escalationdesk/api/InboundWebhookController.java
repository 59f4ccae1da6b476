package io.escalationdesk.api;

import io.escalationdesk.inbound.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers' messages from SMS, WhatsApp and chat providers. No sign-in: each provider signs its
 * requests, and a request without a valid signature is 401 with nothing kept. A 200 means the
 * message is stored; a provider retries until it gets one.
 */
@RestController
@Tag(name = "Inbound messages")
class InboundWebhookController {

    private final Webhooks webhooks;

    InboundWebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(
            summary = "An SMS from a customer (Twilio-style webhook)",
            description = "Form fields MessageSid, From, Body; signed with the SMS provider's auth "
                    + "token (X-Twilio-Signature). Threaded to the open case of the customer with that "
                    + "number.")
    @PostMapping(
            path = "/api/inbound/sms",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> sms(
            HttpServletRequest request,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values[0]));
        return Map.of("stored", webhooks.sms(fields, signature) ? 1 : 0);
    }

    @Operation(summary = "WhatsApp's webhook registration (GET verification handshake)")
    @GetMapping(path = "/api/inbound/whatsapp", produces = MediaType.TEXT_PLAIN_VALUE)
    String whatsAppChallenge(
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        return webhooks.whatsAppChallenge(mode, token, challenge);
    }

    @Operation(
            summary = "A WhatsApp message from a customer (WhatsApp Cloud API webhook)",
            description = "The Cloud API's JSON, signed over the raw body with the app secret "
                    + "(X-Hub-Signature-256). Delivery receipts store nothing.")
    @PostMapping(
            path = "/api/inbound/whatsapp",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> whatsApp(
            @RequestBody byte[] body, @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
        return Map.of("stored", webhooks.whatsApp(body, signature));
    }

    @Operation(
            summary = "A message from a chat or social tool",
            description = "JSON `{messageId, from, name, email or phone, text}`, signed over the raw "
                    + "body with the channel's secret (X-Signature-256: sha256=<hex of HMAC-SHA256>).")
    @PostMapping(
            path = "/api/inbound/chat/{channel}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> chat(
            @Parameter(example = "webchat") @PathVariable String channel,
            @RequestBody byte[] body,
            @RequestHeader(name = "X-Signature-256", required = false) String signature) {
        return ResponseEntity.ok(Map.of("stored", webhooks.chat(channel, body, signature) ? 1 : 0));
    }
}
