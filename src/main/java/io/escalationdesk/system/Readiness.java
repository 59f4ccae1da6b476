package io.escalationdesk.system;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node may take work: once the engine adapter reports the process application
 * deployed, until it is undeployed at shutdown. Part of the readiness probe
 * ({@code /actuator/health/readiness}, indicator {@code processes}); the liveness probe does not
 * ask it, so a starting node is alive but not ready.
 */
@Component("processesHealthIndicator")
public class Readiness implements HealthIndicator {

    private volatile boolean processesDeployed;

    public void processesDeployed() {
        processesDeployed = true;
    }

    public void processesUndeployed() {
        processesDeployed = false;
    }

    boolean isReady() {
        return processesDeployed;
    }

    @Override
    public Health health() {
        return processesDeployed ? Health.up().build() : Health.outOfService().build();
    }
}
