package io.escalationdesk.system;

import java.time.Duration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.web.client.RestClient;

/** HTTP clients for the outside systems we hand work to (billing system, SMS gateway). */
public final class OutboundHttp {

    private OutboundHttp() {}

    /**
     * A client that never retries by itself (Apache's client retries a 503 POST): the caller's
     * own retries are the one retry policy, visible where operators look.
     */
    public static RestClient withoutRetries(RestClient.Builder http, Duration readTimeout) {
        var settings = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(Duration.ofSeconds(5))
                .withReadTimeout(readTimeout);
        return http.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings))
                .build();
    }
}
