package io.escalationdesk.engine.identity;

import static io.escalationdesk.engine.CustomerEscalationProcess.PROCESS_KEY;
import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import io.escalationdesk.engine.ExpertConsultProcess;
import io.escalationdesk.engine.GoodwillApprovalProcess;
import io.escalationdesk.engine.SurveyFollowUpProcess;
import io.escalationdesk.escalation.Level;
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
 * The groups of the call center and what each may do: in the engine (grants) and with the case
 * API. Agents get their own tasks through candidate groups (the engine grants those); nothing
 * here grants tasks globally except to supervisors, who reassign their teams' work. A level's
 * group is the one its {@link Level} names, which its tasks in the diagram are offered to.
 */
public enum Groups {
    TIER1(Level.TIER1.candidateGroup(), "Tier 1 agents", "tier1-agent", CaseApi.WRITE, Figures.OWN),
    TIER2(Level.TIER2.candidateGroup(), "Tier 2 agents", "tier2-agent", CaseApi.WRITE, Figures.OWN),
    SUPERVISORS(Level.SUPERVISOR.candidateGroup(), "Supervisors", "supervisor", CaseApi.WRITE, Figures.AGENTS),
    MANAGEMENT(Level.MANAGEMENT.candidateGroup(), "Management", "manager", CaseApi.WRITE, Figures.AGENTS),
    BILLING(Level.BILLING.candidateGroup(), "Billing back office", "billing-agent", CaseApi.WRITE, Figures.OWN),
    TECHNICAL(Level.TECHNICAL.candidateGroup(), "Technical department", "technical-agent", CaseApi.WRITE, Figures.OWN),
    /** They call customers back for the information a case waits for. */
    OUTBOUND("outbound", "Outbound calls", "outbound-agent", CaseApi.WRITE, Figures.OWN),
    AUDITORS("auditors", "Auditors", "auditor", CaseApi.READ, Figures.TEAMS),
    /**
     * They change the policy from what they see: the teams' and the policy's figures, the review of
     * lessons, and the cases behind them.
     */
    PROCESS_OWNERS("process-owners", "Process owners", "process-owner", CaseApi.READ, Figures.TEAMS),
    /** Everything, like camunda-admin: all permissions on every resource, and an engine admin group. */
    ADMINS("admins", "Administrators", "admin", CaseApi.WRITE, Figures.AGENTS),
    WORKERS("workers", "External task workers", null, CaseApi.NONE, Figures.OWN),
    /** Technical users of integrated systems: a survey tool reports its answers. */
    INTEGRATIONS("integrations", "Integrations", "survey-tool", CaseApi.NONE, Figures.OWN);

    /** What a group may do with the case API. */
    public enum CaseApi {
        NONE,
        READ,
        WRITE
    }

    /**
     * Which insight figures a group reads: its members' own, the teams' and the policy's too, or
     * also every agent's (and they report contact volumes).
     */
    public enum Figures {
        OWN,
        TEAMS,
        AGENTS
    }

    /** The administrators' group the Camunda starter creates for the admin user. */
    static final String CAMUNDA_ADMIN = "camunda-admin";

    /** The engine's admin groups: admin-only commands, and metrics. */
    public static List<String> administrators() {
        return List.of(CAMUNDA_ADMIN, ADMINS.id);
    }

    /** The groups that may read cases ({@code READ}) or also change them ({@code WRITE}). */
    public static List<String> mayUseCaseApi(CaseApi needed) {
        return withAdministrators(Arrays.stream(values()).filter(group -> group.caseApi.compareTo(needed) >= 0));
    }

    /** The groups that read the teams' figures ({@code TEAMS}) or every agent's too ({@code AGENTS}). */
    public static List<String> mayRead(Figures needed) {
        return withAdministrators(Arrays.stream(values()).filter(group -> group.figures.compareTo(needed) >= 0));
    }

    /**
     * The most a member of these groups reads of the figures: every agent's, the teams', or their
     * own only. The same lists as {@link #mayRead}, so what a page offers is what the API lets in.
     */
    public static Figures figuresReadBy(Collection<String> groups) {
        return Stream.of(Figures.AGENTS, Figures.TEAMS)
                .filter(needed -> mayRead(needed).stream().anyMatch(groups::contains))
                .findFirst()
                .orElse(Figures.OWN);
    }

    /** The groups that review lessons and dissatisfied customers' answers. */
    public static List<String> mayReviewFeedback() {
        return withAdministrators(Stream.of(SUPERVISORS, MANAGEMENT, PROCESS_OWNERS, ADMINS));
    }

    /** The groups that report survey answers collected by a survey tool. */
    public static List<String> mayReportSurveyAnswers() {
        return withAdministrators(Stream.of(INTEGRATIONS, ADMINS));
    }

    private static List<String> withAdministrators(Stream<Groups> groups) {
        return Stream.concat(Stream.of(CAMUNDA_ADMIN), groups.map(group -> group.id))
                .toList();
    }

    final String id;
    final String displayName;
    /** The demo profile's user in this group; its password is its id. */
    final String demoUser;

    private final CaseApi caseApi;
    private final Figures figures;

    Groups(String id, String displayName, String demoUser, CaseApi caseApi, Figures figures) {
        this.id = id;
        this.displayName = displayName;
        this.demoUser = demoUser;
        this.caseApi = caseApi;
        this.figures = figures;
    }

    List<Grant> grants() {
        return switch (this) {
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
     * A partner team's agents: Tasklist and its shared filters, the name of the case's process;
     * their tasks through the candidate group of their partner. No case is theirs otherwise.
     */
    static List<Grant> partnerGrants() {
        return List.of(
                Grant.of(APPLICATION, "tasklist", ACCESS),
                Grant.of(FILTER, "*", READ),
                Grant.of(PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ));
    }

    private static List<Grant> agentGrants() {
        List<Grant> grants = new ArrayList<>();
        grants.add(Grant.of(APPLICATION, "tasklist", ACCESS));
        grants.add(Grant.of(FILTER, "*", READ));
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
