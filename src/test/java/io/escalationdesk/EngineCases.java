package io.escalationdesk;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Cases through the engine as Tasklist drives them: a delayed billing concern by phone that the
 * policy routes to Tier 1, and tier1-agent's decision on it.
 */
@Component
public class EngineCases {

    private static final Map<String, Object> CALL = Map.of(
            "customerId",
            "C-7001",
            "customerName",
            "Jane Doe",
            "customerPhone",
            "+4930123456",
            "description",
            "Refund requested",
            "category",
            "BILLING",
            "priority",
            "NORMAL",
            "trigger",
            "RESOLUTION_DELAYED",
            "customerSegment",
            "STANDARD",
            "channel",
            "PHONE");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CaseJobs jobs;

    EngineCases(RuntimeService runtime, TaskService tasks, IdentityService identity, CaseJobs jobs) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.jobs = jobs;
    }

    /** A new case at Tier 1, its routing done; {@code differences} replace the call's data. */
    public String openAtTier1(String prefix, Map<String, Object> differences) {
        String caseNumber = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> data = new HashMap<>(CALL);
        data.putAll(differences);
        runtime.startProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY, caseNumber, data);
        jobs.runDue(caseNumber);
        return caseNumber;
    }

    /** tier1-agent claims the case's task and completes it with the outcome. */
    public void tier1Decides(String caseNumber, String outcome, Map<String, Object> decision) {
        decides(caseNumber, "tier1-agent", "tier1", outcome, decision);
    }

    /** The agent, of the group, claims the case's task at its level and completes it with the outcome. */
    public void decides(String caseNumber, String agent, String group, String outcome, Map<String, Object> decision) {
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .singleResult()
                .getId();
        Map<String, Object> variables = new HashMap<>(decision);
        variables.put("outcome", outcome);
        // a resolution needs words for the customer; tests about something else take these
        variables.putIfAbsent("resolutionSummary", "We sorted it out as you asked.");
        identity.setAuthentication(agent, List.of(group));
        try {
            tasks.claim(taskId, agent);
            tasks.complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
        jobs.runDue(caseNumber);
    }
}
