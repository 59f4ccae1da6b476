package io.escalationdesk.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/** Who worked on a case, read from the engine's own task history rather than from any form. */
@Component
public class CaseWork {

  /**
   * One task of the case.
   *
   * @param assignee who claimed it (or had it assigned), {@code null} while unclaimed
   * @param completedBy the user who completed it, {@code null} while open or when a timer ended it
   */
  public record TaskWork(String id, String task, String assignee, Instant created, Instant ended,
      String completedBy) {}

  private final HistoryService history;

  CaseWork(HistoryService history) {
    this.history = history;
  }

  public List<TaskWork> of(String processInstanceId) {
    return history.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc()
        .list()
        .stream()
        .map(this::taskWork)
        .toList();
  }

  private TaskWork taskWork(HistoricTaskInstance task) {
    UserOperationLogEntry completion = history.createUserOperationLogQuery()
        .taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .list()
        .stream()
        .findFirst()
        .orElse(null);
    return new TaskWork(
        task.getId(),
        task.getName(),
        task.getAssignee(),
        instant(task.getStartTime()),
        instant(task.getEndTime()),
        completion == null ? null : completion.getUserId());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
