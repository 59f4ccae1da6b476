package io.escalationdesk.staff;

import io.escalationdesk.escalation.Level;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The groups of the call center and what each may do with the case API and the figures. The
 * queues' groups are the levels' ({@link Level#candidateGroup()}); what a group may do in the
 * engine is the adapter's ({@code engine.identity.GroupGrants}).
 */
public enum StaffGroup {
    TIER1(Level.TIER1.candidateGroup(), "Tier 1 agents", "tier1-agent", CaseAccess.WRITE, FigureAccess.OWN),
    TIER2(Level.TIER2.candidateGroup(), "Tier 2 agents", "tier2-agent", CaseAccess.WRITE, FigureAccess.OWN),
    SUPERVISORS(Level.SUPERVISOR.candidateGroup(), "Supervisors", "supervisor", CaseAccess.WRITE, FigureAccess.AGENTS),
    MANAGEMENT(Level.MANAGEMENT.candidateGroup(), "Management", "manager", CaseAccess.WRITE, FigureAccess.AGENTS),
    BILLING(Level.BILLING.candidateGroup(), "Billing back office", "billing-agent", CaseAccess.WRITE, FigureAccess.OWN),
    TECHNICAL(
            Level.TECHNICAL.candidateGroup(),
            "Technical department",
            "technical-agent",
            CaseAccess.WRITE,
            FigureAccess.OWN),
    /** They call customers back for the information a case waits for. */
    OUTBOUND("outbound", "Outbound calls", "outbound-agent", CaseAccess.WRITE, FigureAccess.OWN),
    AUDITORS("auditors", "Auditors", "auditor", CaseAccess.READ, FigureAccess.TEAMS),
    /**
     * They change the policy from what they see: the teams' and the policy's figures, the review of
     * lessons, and the cases behind them.
     */
    PROCESS_OWNERS("process-owners", "Process owners", "process-owner", CaseAccess.READ, FigureAccess.TEAMS),
    /** Everything: all permissions on every resource, and one of the engine's admin groups. */
    ADMINS("admins", "Administrators", "admin", CaseAccess.WRITE, FigureAccess.AGENTS),
    WORKERS("workers", "External task workers", null, CaseAccess.NONE, FigureAccess.OWN),
    /** Technical users of integrated systems: a survey tool reports its answers. */
    INTEGRATIONS("integrations", "Integrations", "survey-tool", CaseAccess.NONE, FigureAccess.OWN);

    /** What a group may do with the case API. */
    public enum CaseAccess {
        NONE,
        READ,
        WRITE
    }

    /**
     * Which insight figures a group reads: its members' own, the teams' and the policy's too, or
     * also every agent's (and they report contact volumes).
     */
    public enum FigureAccess {
        OWN,
        TEAMS,
        AGENTS
    }

    /** The groups that may read cases ({@code READ}) or also change them ({@code WRITE}). */
    public static List<String> mayUseCaseApi(CaseAccess needed) {
        return ids(Arrays.stream(values()).filter(group -> group.caseAccess.compareTo(needed) >= 0));
    }

    /** The groups that read the teams' figures ({@code TEAMS}) or every agent's too ({@code AGENTS}). */
    public static List<String> mayRead(FigureAccess needed) {
        return ids(Arrays.stream(values()).filter(group -> group.figureAccess.compareTo(needed) >= 0));
    }

    /**
     * The most a member of these groups reads of the figures: every agent's, the teams', or their
     * own only. The same lists as {@link #mayRead}, so what a page offers is what the API lets in.
     */
    public static FigureAccess figuresReadBy(Collection<String> groups) {
        return Stream.of(FigureAccess.AGENTS, FigureAccess.TEAMS)
                .filter(needed -> mayRead(needed).stream().anyMatch(groups::contains))
                .findFirst()
                .orElse(FigureAccess.OWN);
    }

    /** The groups that review lessons and dissatisfied customers' answers. */
    public static List<String> mayReviewFeedback() {
        return ids(Stream.of(SUPERVISORS, MANAGEMENT, PROCESS_OWNERS, ADMINS));
    }

    /** The groups that write, edit and publish knowledge articles; everyone else reads the published. */
    public static List<String> mayEditArticles() {
        return ids(Stream.of(SUPERVISORS, PROCESS_OWNERS, ADMINS));
    }

    /** The groups that report survey answers collected by a survey tool. */
    public static List<String> mayReportSurveyAnswers() {
        return ids(Stream.of(INTEGRATIONS, ADMINS));
    }

    private static List<String> ids(Stream<StaffGroup> groups) {
        return groups.map(StaffGroup::id).toList();
    }

    private final String id;
    private final String displayName;
    private final String demoUser;
    private final CaseAccess caseAccess;
    private final FigureAccess figureAccess;

    StaffGroup(String id, String displayName, String demoUser, CaseAccess caseAccess, FigureAccess figureAccess) {
        this.id = id;
        this.displayName = displayName;
        this.demoUser = demoUser;
        this.caseAccess = caseAccess;
        this.figureAccess = figureAccess;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The demo profile's user in this group, {@code null} for none; its password is its id. */
    public String demoUser() {
        return demoUser;
    }
}
