package io.escalationdesk.inbound;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What proves a webhook came from its provider. A channel without its secret takes nothing.
 *
 * @param smsAuthToken the SMS provider's auth token (Twilio): signs each request with the URL
 * @param smsUrl the URL the SMS provider calls, as it signs it (behind a proxy it differs from
 *     what the app sees)
 * @param whatsappAppSecret the WhatsApp app's secret: signs each body (X-Hub-Signature-256)
 * @param whatsappVerifyToken what WhatsApp sends when the webhook is registered
 * @param chatSecrets a secret per chat or social tool, by the channel name in its path
 */
@ConfigurationProperties("escalation.inbound.webhooks")
record WebhookProperties(
        String smsAuthToken,
        String smsUrl,
        String whatsappAppSecret,
        String whatsappVerifyToken,
        Map<String, String> chatSecrets) {

    WebhookProperties {
        chatSecrets = chatSecrets == null ? Map.of() : chatSecrets;
    }
}
