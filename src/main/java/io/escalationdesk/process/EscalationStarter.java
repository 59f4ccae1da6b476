package io.escalationdesk.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts a case's process as the person who escalated it, so the engine's authorizations apply
 * and the timeline names them. Runs in the caller's transaction up to the first asynchronous step.
 */
@Component
public class EscalationStarter {

  private final RuntimeService runtime;
  private final IdentityService identity;

  EscalationStarter(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  public void start(
      String caseNumber, Map<String, Object> variables, String userId, List<String> groups) {
    identity.setAuthentication(userId, groups);
    try {
      runtime.startProcessInstanceByKey(
          CustomerEscalationProcess.PROCESS_KEY, caseNumber, variables);
    } finally {
      identity.clearAuthentication();
    }
  }
}
