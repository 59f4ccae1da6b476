package io.escalationdesk.identity;

import static io.escalationdesk.process.CustomerEscalationProcess.PROCESS_KEY;
import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The groups of the call center and what each may do. Agents get their own tasks through
 * candidate groups (the engine grants those); nothing here grants tasks globally except to
 * supervisors, who reassign their teams' work.
 */
enum Groups {
  TIER1("tier1", "Tier 1 agents", "tier1-agent"),
  TIER2("tier2", "Tier 2 agents", "tier2-agent"),
  SUPERVISORS("supervisors", "Supervisors", "supervisor"),
  MANAGEMENT("management", "Management", "manager"),
  BILLING("billing", "Billing back office", "billing-agent"),
  TECHNICAL("technical", "Technical department", "technical-agent"),
  AUDITORS("auditors", "Auditors", "auditor"),
  PROCESS_OWNERS("process-owners", "Process owners", "process-owner"),
  /** Everything, like camunda-admin: all permissions on every resource, and an engine admin group. */
  ADMINS("admins", "Administrators", "admin"),
  WORKERS("workers", "External task workers", null);

  /** The administrators' group the Camunda starter creates for the admin user. */
  static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Authorities of the engine's admin groups, for the API's and the actuator's rules. */
  static Stream<String> adminGroupIds() {
    return Stream.of(CAMUNDA_ADMIN, ADMINS.id);
  }

  final String id;
  final String displayName;
  /** The demo profile's user in this group; its password is its id. */
  final String demoUser;

  Groups(String id, String displayName, String demoUser) {
    this.id = id;
    this.displayName = displayName;
    this.demoUser = demoUser;
  }

  List<Grant> grants() {
    return switch (this) {
      case TIER1, TIER2, MANAGEMENT, BILLING, TECHNICAL -> agentGrants();
      case SUPERVISORS -> Stream.concat(agentGrants().stream(), Stream.of(
          Grant.of(TASK, "*", READ, UPDATE, TASK_ASSIGN))).toList();
      case AUDITORS -> List.of(
          Grant.of(APPLICATION, "cockpit", ACCESS),
          Grant.of(PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_TASK),
          Grant.of(PROCESS_INSTANCE, "*", READ),
          Grant.of(TASK, "*", READ),
          Grant.of(HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
          Grant.of(HISTORIC_TASK, "*", HistoricTaskPermissions.READ),
          Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY),
          Grant.of(DECISION_REQUIREMENTS_DEFINITION, "*", READ),
          Grant.of(DEPLOYMENT, "*", READ));
      case PROCESS_OWNERS -> List.of(
          Grant.of(APPLICATION, "cockpit", ACCESS),
          Grant.of(DEPLOYMENT, "*", CREATE, READ),
          Grant.of(PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_HISTORY),
          Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY),
          Grant.of(DECISION_REQUIREMENTS_DEFINITION, "*", READ));
      // the engine's admin groups pass only admin-only commands; queries need grants
      case ADMINS -> Arrays.stream(Resources.values())
          .map(resource -> Grant.of(resource, "*", ALL))
          .toList();
      case WORKERS -> List.of(
          Grant.of(PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.UPDATE_INSTANCE));
    };
  }

  private static List<Grant> agentGrants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(Grant.of(APPLICATION, "tasklist", ACCESS));
    grants.add(Grant.of(FILTER, "*", READ));
    grants.add(Grant.of(PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(Grant.of(PROCESS_INSTANCE, "*", CREATE));
    return grants;
  }
}
