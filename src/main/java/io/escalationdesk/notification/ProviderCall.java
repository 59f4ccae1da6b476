package io.escalationdesk.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One call to a provider that takes our messages (SMS gateway, WhatsApp, a chat tool). A refusal
 * (4xx) is for good: the provider will never take this message. Too many requests (429), a 5xx
 * answer or a network failure is worth retrying.
 */
final class ProviderCall {

    private ProviderCall() {}

    static void send(RestClient.RequestHeadersSpec<?> request, String provider) throws DeliveryException {
        try {
            request.retrieve().toBodilessEntity();
        } catch (HttpClientErrorException refused) {
            boolean busy = refused.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
            throw new DeliveryException(
                    provider + (busy ? " is busy: " : " refused the message: ") + refused.getStatusCode(),
                    !busy,
                    refused);
        } catch (RestClientException unavailable) {
            throw new DeliveryException(provider + " unavailable: " + unavailable.getMessage(), false, unavailable);
        }
    }
}
