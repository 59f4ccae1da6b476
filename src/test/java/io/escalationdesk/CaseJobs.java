package io.escalationdesk;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.engine.process.CustomerEscalationProcess.Elements;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Runs a case's jobs in the test thread: tests switch the job executor off to stay in step. */
@Component
public class CaseJobs {

    private final RuntimeService runtime;
    private final ManagementService management;

    CaseJobs(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The jobs that are due now: asynchronous steps such as notifying the customer. */
    public void runDue(String caseNumber) {
        management
                .createJobQuery()
                .processInstanceId(instanceOf(caseNumber))
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    /** The SLA of the case's current level runs out now, whatever its due time. */
    public void breachSla(String caseNumber) {
        runTimer(caseNumber, Elements.TIMER_SLA_BREACHED);
    }

    /** The warning before the breach is due now. */
    public void warnSla(String caseNumber) {
        runTimer(caseNumber, Elements.TIMER_SLA_WARNING);
    }

    private void runTimer(String caseNumber, String timerId) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instanceOf(caseNumber))
                .activityId(timerId)
                .singleResult()
                .getId());
    }

    private String instanceOf(String caseNumber) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .singleResult()
                .getId();
    }
}
