package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import io.escalationdesk.sla.SlaCalendar;
import io.escalationdesk.sla.SlaCalendars;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The due and follow-up dates of a task in an agent's queue: the deadline it works against and
 * when it is late enough to warn.
 *
 * <ul>
 *   <li>A case's task: the SLA of the case's level, due when it is breached, follow-up when the
 *       supervisor is warned. While the case waits for the customer its SLA stands still; then
 *       the case's next deadline is the reply deadline (when the case closes unresolved without a
 *       reply), which is the call-back's due date, without a follow-up.
 *   <li>A question to an expert: its own consult SLA and warning, as its timers count them.
 *   <li>A goodwill approval: the deadline of the case the agent keeps meanwhile; it follows the
 *       case's SLA clock (pause, resume, the next level).
 *   <li>A survey's review: none; its case is closed.
 * </ul>
 */
@Component
class TaskDeadlines {

    private static final List<String> CASE_DEADLINE = List.of(SLA_DUE_AT, SLA_WARNING_AT, SLA_PAUSED_AT, REPLY_DUE_AT);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SlaCalendars calendars;
    private final Clock clock;

    TaskDeadlines(RuntimeService runtime, TaskService tasks, SlaCalendars calendars, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.calendars = calendars;
        this.clock = clock;
    }

    record Deadline(Instant due, Instant followUp) {

        static final Deadline NONE = new Deadline(null, null);

        void applyTo(DelegateTask task) {
            task.setDueDate(asDate(due));
            task.setFollowUpDate(asDate(followUp));
        }

        private static Date asDate(Instant instant) {
            return instant == null ? null : Date.from(instant);
        }
    }

    Deadline of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String process = task.getProcessEngineServices()
                .getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId())
                .getKey();
        return switch (process) {
            case CustomerEscalationProcess.PROCESS_KEY -> caseDeadline(execution::getVariable);
            case ExpertConsultProcess.PROCESS_KEY -> consultDeadline(execution);
            case GoodwillApprovalProcess.PROCESS_KEY -> runningCaseDeadline(execution.getProcessBusinessKey());
            default -> Deadline.NONE;
        };
    }

    /**
     * The case's SLA clock changed (it started at a new level, paused or resumed): the open
     * goodwill approvals of the case follow it. The level's own task is never open then: the next
     * one is created with the new deadline.
     */
    void follow(DelegateExecution caseExecution) {
        if (caseExecution.getVariable(GOODWILL_DECISIONS) == null) {
            return; // no goodwill asked for: no approval to follow, and no query on the way in
        }
        Deadline deadline = caseDeadline(caseExecution::getVariable);
        tasks.createTaskQuery()
                .processDefinitionKey(GoodwillApprovalProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseExecution.getProcessBusinessKey())
                .list()
                .forEach(task -> {
                    task.setDueDate(Deadline.asDate(deadline.due()));
                    task.setFollowUpDate(Deadline.asDate(deadline.followUp()));
                    tasks.saveTask(task);
                });
    }

    private static Deadline caseDeadline(Function<String, Object> variables) {
        if (variables.apply(SLA_PAUSED_AT) != null) {
            return new Deadline(instant(variables.apply(REPLY_DUE_AT)), null);
        }
        return new Deadline(instant(variables.apply(SLA_DUE_AT)), instant(variables.apply(SLA_WARNING_AT)));
    }

    private Deadline runningCaseDeadline(String caseNumber) {
        return runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber)
                .active()
                .list()
                .stream()
                .findFirst()
                .map(instance -> {
                    Map<String, Object> variables = runtime.getVariables(instance.getId(), CASE_DEADLINE);
                    return caseDeadline(variables::get);
                })
                .orElse(Deadline.NONE);
    }

    /** As the consult's timers count: from now, in the case's business time. */
    private Deadline consultDeadline(DelegateExecution execution) {
        SlaCalendar calendar =
                calendars.named(VariableReads.string(execution, ExpertConsultProcess.Variables.SLA_CALENDAR));
        Instant now = clock.instant();
        return new Deadline(
                calendar.plus(now, VariableReads.duration(execution, ExpertConsultProcess.Variables.CONSULT_SLA)),
                calendar.plus(
                        now, VariableReads.duration(execution, ExpertConsultProcess.Variables.CONSULT_WARNING_AFTER)));
    }

    private static Instant instant(Object date) {
        return date instanceof Date value ? value.toInstant() : null;
    }
}
