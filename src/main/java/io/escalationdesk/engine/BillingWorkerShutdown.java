package io.escalationdesk.engine;

import org.camunda.bpm.client.ExternalTaskClient;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops fetching before the web server shuts down gracefully: the worker's open long poll to
 * this app's own {@code /engine-rest} would otherwise hold the graceful shutdown to its timeout.
 */
@Component
class BillingWorkerShutdown implements SmartLifecycle {

  private final ExternalTaskClient client;
  private volatile boolean running;

  BillingWorkerShutdown(ExternalTaskClient client) {
    this.client = client;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    client.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stopped first: lifecycles stop in descending phase order. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}
