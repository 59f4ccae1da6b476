package io.escalationdesk.engine.read;

import io.escalationdesk.intake.Caller;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/** Who worked on a case, read from the engine's own task history rather than from any form. */
@Component
public class CaseTaskHistory {

    /** Camunda's application resource of Tasklist, which its groups are granted access to. */
    private static final String TASKLIST = "tasklist";

    /**
     * One task of the case.
     *
     * @param assignee who claimed it (or had it assigned), {@code null} while unclaimed
     * @param completedBy the user who completed it, {@code null} while open or when a timer ended it
     * @param queue the names of the groups whose queue an open task is in ("Tier 2 agents", a
     *     partner team); none once it ended or while it is kept with one agent only
     * @param readerMayOpen whether the reader may open the open task in Tasklist: it is in their
     *     group's queue or theirs, or they may see every task (supervisors). Tasklist answers 404
     *     to anyone else, so a page links the task only for those who may
     */
    public record TaskWork(
            String id,
            String task,
            String assignee,
            Instant created,
            Instant ended,
            String completedBy,
            String queue,
            boolean readerMayOpen) {}

    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RepositoryService repository;

    CaseTaskHistory(
            HistoryService history,
            TaskService tasks,
            IdentityService identity,
            AuthorizationService authorizations,
            RepositoryService repository) {
        this.history = history;
        this.repository = repository;
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /** @param reader who reads the case: whether they may open each open task is theirs to know */
    public List<TaskWork> of(String processInstanceId, Caller reader) {
        return history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .stream()
                .map(task -> taskWork(task, reader))
                .toList();
    }

    private TaskWork taskWork(HistoricTaskInstance task, Caller reader) {
        UserOperationLogEntry completion = history
                .createUserOperationLogQuery()
                .taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        boolean open = task.getEndTime() == null;
        return new TaskWork(
                task.getId(),
                workOf(task),
                task.getAssignee(),
                instant(task.getStartTime()),
                instant(task.getEndTime()),
                completion == null ? null : completion.getUserId(),
                open ? queueOf(task.getId()) : null,
                open && mayOpenInTasklist(reader, task.getId()));
    }

    /**
     * The work the task is, as the diagram names it ("Resolve escalated case"): its runtime name
     * names the case, which the reader of the case knows.
     */
    private String workOf(HistoricTaskInstance task) {
        var element = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return element instanceof FlowElement named ? named.getName() : task.getName();
    }

    /** The reader would see the task in Tasklist: they use Tasklist, and may read the task. */
    private boolean mayOpenInTasklist(Caller reader, String taskId) {
        return authorizations.isUserAuthorized(
                        reader.userId(), reader.groups(), Permissions.ACCESS, Resources.APPLICATION, TASKLIST)
                && authorizations.isUserAuthorized(
                        reader.userId(), reader.groups(), Permissions.READ, Resources.TASK, taskId);
    }

    /**
     * The names of the task's candidate groups, as the engine's identity service has them; none
     * once the task has ended since history was read.
     */
    private String queueOf(String taskId) {
        List<IdentityLink> links;
        try {
            links = tasks.getIdentityLinksForTask(taskId);
        } catch (NullValueException ended) {
            return null;
        }
        String[] groupIds = links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toArray(String[]::new);
        if (groupIds.length == 0) {
            return null;
        }
        return identity.createGroupQuery().groupIdIn(groupIds).orderByGroupName().asc().list().stream()
                .map(Group::getName)
                .collect(Collectors.joining(", "));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
