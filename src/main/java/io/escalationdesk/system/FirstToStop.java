package io.escalationdesk.system;

import org.springframework.context.SmartLifecycle;

/**
 * What a node does first when it is stopped, before the web server waits for the requests in
 * flight: lifecycles stop in descending phase order, these in the highest.
 */
public abstract class FirstToStop implements SmartLifecycle {

  private volatile boolean running;

  /** Called once as the node begins to stop. */
  protected abstract void whenStopping();

  @Override
  public final void start() {
    running = true;
  }

  @Override
  public final void stop() {
    try {
      whenStopping();
    } finally {
      running = false;
    }
  }

  @Override
  public final boolean isRunning() {
    return running;
  }

  @Override
  public final int getPhase() {
    return Integer.MAX_VALUE;
  }
}
