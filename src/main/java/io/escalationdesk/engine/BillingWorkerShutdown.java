package io.escalationdesk.engine;

import io.escalationdesk.system.FirstToStop;
import org.camunda.bpm.client.ExternalTaskClient;
import org.springframework.stereotype.Component;

/**
 * Stops fetching before the web server shuts down gracefully: the worker's open long poll to
 * this app's own {@code /engine-rest} would otherwise hold the graceful shutdown to its timeout.
 */
@Component
class BillingWorkerShutdown extends FirstToStop {

  private final ExternalTaskClient client;

  BillingWorkerShutdown(ExternalTaskClient client) {
    this.client = client;
  }

  @Override
  protected void whenStopping() {
    client.stop();
  }
}
