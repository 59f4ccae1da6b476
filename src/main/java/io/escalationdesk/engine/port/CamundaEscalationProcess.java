package io.escalationdesk.engine.port;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.MESSAGE_CUSTOMER_REPLIED;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.MESSAGE_CUSTOMER_WROTE;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.intake.Caller;
import io.escalationdesk.intake.CaseChangedMeanwhile;
import io.escalationdesk.intake.EscalationProcess;
import io.escalationdesk.intake.NewCase;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code CustomerEscalation} as intake drives it. A case starts as the person who escalated it,
 * so the engine's authorizations apply and the timeline names them; a case a customer's own
 * message opens starts as the engine's own work, as a timer's does. What customers do reaches a
 * running case as a message.
 */
@Component
class CamundaEscalationProcess implements EscalationProcess {

    private final RuntimeService runtime;
    private final IdentityService identity;

    CamundaEscalationProcess(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void start(String caseNumber, NewCase newCase, String followUpOf, Caller caller) {
        // transient: Open case reads them in this transaction; they are never stored
        Map<String, Object> variables = new HashMap<>();
        variables.put(NEW_CASE, Variables.objectValue(newCase, true).create());
        if (followUpOf != null) {
            variables.put(FOLLOW_UP_OF, Variables.stringValue(followUpOf, true));
        }
        if (!caller.isCustomer()) {
            identity.setAuthentication(caller.userId(), caller.groups());
        }
        try {
            runtime.startProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY, caseNumber, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public boolean customerReplied(String caseNumber, String userId) {
        return deliverIfWaiting(
                MESSAGE_CUSTOMER_REPLIED, caseNumber, Map.of(ACTOR, Variables.stringValue(userId, true)));
    }

    @Override
    public void customerWrote(String caseNumber) {
        deliverIfWaiting(MESSAGE_CUSTOMER_WROTE, caseNumber, Map.of());
    }

    /** The agent needs no rights on the process instance: the API checked who may do this. */
    @Override
    public boolean customerAskedForSupervisor(String caseNumber, String note, String userId) {
        return deliverIfWaiting(
                MESSAGE_CUSTOMER_ASKED_FOR_SUPERVISOR,
                caseNumber,
                Map.of(
                        OUTCOME, Outcome.SUPERVISOR_REQUESTED.name(),
                        REASON, note,
                        ACTOR, Variables.stringValue(userId, true)));
    }

    /**
     * Asks first rather than catching a failed correlation: inside the caller's transaction a
     * failed engine command would mark the whole transaction for rollback. An agent who completes
     * the case's task at the same moment makes the correlation fail anyway: the optimistic lock,
     * the subscription gone by the time it is triggered, the case's variables read after the
     * agent's commit (its outcome refused), or, in Camunda 7.24, a NullPointerException when the
     * execution it triggers went. The caller's transaction is then rolled back, to be made again;
     * a correlation that fails while the process still waits is an error of its own.
     */
    private boolean deliverIfWaiting(String message, String caseNumber, Map<String, Object> data) {
        boolean waiting = isWaiting(message, caseNumber);
        if (waiting) {
            try {
                runtime.createMessageCorrelation(message)
                        .processInstanceBusinessKey(caseNumber)
                        .setVariables(data)
                        .correlate();
            } catch (OptimisticLockingException | NullPointerException e) {
                throw new CaseChangedMeanwhile(caseNumber, e);
            } catch (ProcessEngineException e) {
                if (isWaiting(message, caseNumber)) {
                    throw e;
                }
                throw new CaseChangedMeanwhile(caseNumber, e);
            }
        }
        return waiting;
    }

    private boolean isWaiting(String message, String caseNumber) {
        return runtime.createExecutionQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .messageEventSubscriptionName(message)
                        .count()
                > 0;
    }
}
