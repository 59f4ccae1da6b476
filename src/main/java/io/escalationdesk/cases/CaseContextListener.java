package io.escalationdesk.cases;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.policy.CaseRouting;
import io.escalationdesk.policy.Department;
import io.escalationdesk.process.CaseVariables;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Gives a new task what its form (forms/CaseOutcome.form) shows: the case number, the customer,
 * the SLA due time, the latest status updates in short, and the outcomes allowed at this level.
 * Task-local, so they end with the task and never reach the policy or the gateways.
 */
@Component("caseContext")
class CaseContextListener implements TaskListener {

  private static final int UPDATES_SHOWN = 3;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final CaseRecords records;
  private final CaseTimeline timeline;
  private final ObjectMapper json;

  CaseContextListener(CaseRecords records, CaseTimeline timeline, ObjectMapper json) {
    this.records = records;
    this.timeline = timeline;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    task.setVariableLocal(CASE_NUMBER, caseNumber);
    records.find(caseNumber)
        .ifPresent(record -> task.setVariableLocal(CUSTOMER_NAME, record.customerName()));
    Instant due = CaseVariables.instant(task, SLA_DUE_AT);
    task.setVariableLocal(SLA_DUE, due == null ? "none" : TIME.format(due));
    task.setVariableLocal(LATEST_UPDATES, latestUpdates(caseNumber));
    task.setVariableLocal(OUTCOME_OPTIONS, SpinValues.jsonValue(outcomeOptions(task)).create());
  }

  /** A Markdown list, newest first, without the delivery reports of customer messages. */
  private String latestUpdates(String caseNumber) {
    List<StatusUpdate> updates = new ArrayList<>(timeline.of(caseNumber));
    Collections.reverse(updates);
    return updates.stream()
        .filter(update -> !update.event().isAboutNotification())
        .limit(UPDATES_SHOWN)
        .map(update -> "- " + TIME.format(update.occurredAt()) + ": " + update.event()
            + " by " + update.actor()
            + (update.reason() == null ? "" : " (" + update.reason() + ")"))
        .collect(Collectors.joining("\n"));
  }

  private String outcomeOptions(DelegateTask task) {
    List<Map<String, String>> options = CaseRouting.outcomesAt(
            CaseVariables.level(task),
            Department.valueOf(CaseVariables.string(task, DEPARTMENT)))
        .stream()
        .map(outcome -> Map.of("label", outcome.label, "value", outcome.name()))
        .toList();
    try {
      return json.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Outcome options cannot be written as JSON", e);
    }
  }
}
