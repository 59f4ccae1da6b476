package io.escalationdesk.engine.identity;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.PROCESS_KEY;
import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import io.escalationdesk.engine.process.SurveyFollowUpProcess;
import io.escalationdesk.staff.StaffGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each of the call center's groups may do in the engine. Agents get their own tasks through
 * candidate groups (the engine grants those); nothing here grants tasks globally except to
 * supervisors, who reassign their teams' work.
 */
public final class GroupGrants {

    /** The administrators' group the Camunda starter creates for the admin user. */
    static final String CAMUNDA_ADMIN = "camunda-admin";

    private GroupGrants() {}

    /** The engine's admin groups: admin-only commands, and metrics. */
    public static List<String> administrators() {
        return List.of(CAMUNDA_ADMIN, StaffGroup.ADMINS.id());
    }

    /** The staff groups of someone in these engine groups: the engine's administrators are the desk's. */
    public static List<String> asStaffGroups(Collection<String> groups) {
        return groups.stream()
                .map(group -> group.equals(CAMUNDA_ADMIN) ? StaffGroup.ADMINS.id() : group)
                .toList();
    }

    /** These groups and the engine's administrators, who may do everything. */
    public static List<String> withAdministrators(List<String> groups) {
        return Stream.concat(Stream.of(CAMUNDA_ADMIN), groups.stream())
                .distinct()
                .toList();
    }

    static List<Grant> of(StaffGroup group) {
        return switch (group) {
            case TIER1, TIER2, MANAGEMENT, BILLING, TECHNICAL, OUTBOUND -> agentGrants();
            case SUPERVISORS ->
                Stream.concat(
                                agentGrants().stream(),
                                Stream.of(
                                        Grant.of(TASK, "*", READ, UPDATE, TASK_ASSIGN),
                                        Grant.of(
                                                PROCESS_DEFINITION,
                                                SurveyFollowUpProcess.PROCESS_KEY,
                                                ProcessDefinitionPermissions.READ)))
                        .toList();
            case AUDITORS ->
                List.of(
                        Grant.of(APPLICATION, "cockpit", ACCESS),
                        Grant.of(
                                PROCESS_DEFINITION,
                                "*",
                                ProcessDefinitionPermissions.READ,
                                ProcessDefinitionPermissions.READ_HISTORY,
                                ProcessDefinitionPermissions.READ_INSTANCE,
                                ProcessDefinitionPermissions.READ_TASK),
                        Grant.of(PROCESS_INSTANCE, "*", READ),
                        Grant.of(TASK, "*", READ),
                        Grant.of(HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
                        Grant.of(HISTORIC_TASK, "*", HistoricTaskPermissions.READ),
                        Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY),
                        Grant.of(DECISION_REQUIREMENTS_DEFINITION, "*", READ),
                        Grant.of(DEPLOYMENT, "*", READ));
            case PROCESS_OWNERS ->
                List.of(
                        Grant.of(APPLICATION, "cockpit", ACCESS),
                        Grant.of(DEPLOYMENT, "*", CREATE, READ),
                        Grant.of(
                                PROCESS_DEFINITION,
                                "*",
                                ProcessDefinitionPermissions.READ,
                                ProcessDefinitionPermissions.READ_HISTORY),
                        Grant.of(DECISION_DEFINITION, "*", READ, READ_HISTORY),
                        Grant.of(DECISION_REQUIREMENTS_DEFINITION, "*", READ));
            // the engine's admin groups pass only admin-only commands; queries need grants
            case ADMINS ->
                Arrays.stream(Resources.values())
                        .map(resource -> Grant.of(resource, "*", ALL))
                        .toList();
            case INTEGRATIONS -> List.of();
            case WORKERS ->
                Stream.of(PROCESS_KEY, GoodwillApprovalProcess.PROCESS_KEY)
                        .map(key -> Grant.of(
                                PROCESS_DEFINITION,
                                key,
                                ProcessDefinitionPermissions.READ,
                                ProcessDefinitionPermissions.READ_INSTANCE,
                                ProcessDefinitionPermissions.UPDATE_INSTANCE))
                        .toList();
        };
    }

    /**
     * A partner team's agents: Tasklist (its shared filters are granted one by one, {@code
     * QueueFilters}), the name of the case's process;
     * their tasks through the candidate group of their partner. No case is theirs otherwise.
     */
    static List<Grant> partnerGrants() {
        return List.of(
                Grant.of(APPLICATION, "tasklist", ACCESS),
                Grant.of(PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ));
    }

    /** The groups whose agents work a queue in Tasklist; each gets its own shared filters. */
    static boolean worksInTasklist(StaffGroup group) {
        return switch (group) {
            case TIER1, TIER2, SUPERVISORS, MANAGEMENT, BILLING, TECHNICAL, OUTBOUND -> true;
            case AUDITORS, PROCESS_OWNERS, ADMINS, INTEGRATIONS, WORKERS -> false;
        };
    }

    private static List<Grant> agentGrants() {
        List<Grant> grants = new ArrayList<>();
        grants.add(Grant.of(APPLICATION, "tasklist", ACCESS));
        grants.add(Grant.of(
                PROCESS_DEFINITION,
                PROCESS_KEY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE));
        grants.add(Grant.of(PROCESS_INSTANCE, "*", CREATE));
        // the names of an expert's question and of a goodwill approval in Tasklist
        grants.add(Grant.of(PROCESS_DEFINITION, ExpertConsultProcess.PROCESS_KEY, ProcessDefinitionPermissions.READ));
        grants.add(
                Grant.of(PROCESS_DEFINITION, GoodwillApprovalProcess.PROCESS_KEY, ProcessDefinitionPermissions.READ));
        // an agent granting goodwill reads their limit in GoodwillLimits.dmn
        grants.add(Grant.of(DECISION_DEFINITION, GoodwillApprovalProcess.LIMITS_DECISION_KEY, READ, CREATE_INSTANCE));
        return grants;
    }
}
