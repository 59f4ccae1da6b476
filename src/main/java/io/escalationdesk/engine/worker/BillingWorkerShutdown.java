package io.escalationdesk.engine.worker;

import org.camunda.bpm.client.ExternalTaskClient;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Stops fetching as the context closes, before the web server shuts down gracefully: the
 * worker's open long poll to this app's own {@code /engine-rest} would otherwise hold the
 * graceful shutdown to its timeout.
 */
@Component
class BillingWorkerShutdown implements ApplicationListener<ContextClosedEvent> {

    private final ExternalTaskClient client;

    BillingWorkerShutdown(ExternalTaskClient client) {
        this.client = client;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        client.stop();
    }
}
