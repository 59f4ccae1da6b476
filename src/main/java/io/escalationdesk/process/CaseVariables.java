package io.escalationdesk.process;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of a case's process variables, shared by the delegates and the worker. */
public final class CaseVariables {

  /** The actor of timers, workers and routing: no person acted. */
  public static final String SYSTEM_ACTOR = "system";

  private CaseVariables() {}

  public static Level level(VariableScope variables) {
    return levelOrNull(variables, LEVEL);
  }

  public static Level handOffLevel(VariableScope variables) {
    return levelOrNull(variables, HAND_OFF_LEVEL);
  }

  public static String string(VariableScope variables, String name) {
    Object value = variables.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A point in time the process keeps as a date, {@code null} when the variable is unset. */
  public static Instant instant(VariableScope variables, String name) {
    Date date = (Date) variables.getVariable(name);
    return date == null ? null : date.toInstant();
  }

  /** The SLA the policy gave a level; the boundary timers read the same variables. */
  public static Duration slaOf(VariableScope variables, Level level) {
    return Duration.parse(string(variables, slaVariableOf(level)));
  }

  public static String slaVariableOf(Level level) {
    return switch (level) {
      case TIER1 -> "tier1Sla";
      case TIER2 -> "tier2Sla";
      case SUPERVISOR -> "supervisorSla";
      case MANAGEMENT -> "managementSla";
      case BILLING, TECHNICAL -> "departmentSla";
      case CLOSED -> throw new IllegalArgumentException("A closed case has no SLA");
    };
  }

  /** The person acting in this transaction: who completed the task, or the system. */
  public static String actor(DelegateExecution execution) {
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null) {
      return authentication.getUserId();
    }
    String actor = string(execution, ACTOR);
    return actor == null ? SYSTEM_ACTOR : actor;
  }

  private static Level levelOrNull(VariableScope variables, String name) {
    String value = string(variables, name);
    return value == null ? null : Level.valueOf(value);
  }
}
