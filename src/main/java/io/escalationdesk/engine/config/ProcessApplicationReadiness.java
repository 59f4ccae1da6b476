package io.escalationdesk.engine.config;

import io.escalationdesk.system.Readiness;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.camunda.bpm.spring.boot.starter.event.PreUndeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The node is ready once the process application is deployed, and no longer when it goes. */
@Component
class ProcessApplicationReadiness {

    private final Readiness readiness;

    ProcessApplicationReadiness(Readiness readiness) {
        this.readiness = readiness;
    }

    @EventListener(PostDeployEvent.class)
    void deployed() {
        readiness.processesDeployed();
    }

    @EventListener(PreUndeployEvent.class)
    void undeploying() {
        readiness.processesUndeployed();
    }
}
