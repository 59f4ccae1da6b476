package io.escalationdesk.api;

import io.escalationdesk.cases.CasePage;
import io.escalationdesk.engine.identity.GroupGrants;
import io.escalationdesk.insight.BacklogFigures;
import io.escalationdesk.insight.CasesBehindFigures;
import io.escalationdesk.insight.Coaching;
import io.escalationdesk.insight.ConversationFigures;
import io.escalationdesk.insight.GoodwillFigures;
import io.escalationdesk.insight.HelpLineFigures;
import io.escalationdesk.insight.InsightCache;
import io.escalationdesk.insight.InsightFilter;
import io.escalationdesk.insight.InsightProperties;
import io.escalationdesk.insight.KpiFigures;
import io.escalationdesk.insight.LevelFigures;
import io.escalationdesk.insight.PartnerFigures;
import io.escalationdesk.insight.PushDownFigures;
import io.escalationdesk.insight.Report;
import io.escalationdesk.insight.Satisfaction;
import io.escalationdesk.insight.VolumeFigures;
import io.escalationdesk.security.Callers;
import io.escalationdesk.staff.StaffGroup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every figure of the dashboard, as JSON or, with {@code Accept: text/csv}, as CSV. The reports
 * over a period come from the {@link InsightCache}; the backlog, what is at risk and the cases
 * behind a figure are read live.
 */
@RestController
@RequestMapping(
        path = "/api/insights",
        produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@Tag(
        name = "Insights",
        description = "KPIs, trends and coaching signals; "
                + "Accept: text/csv gives the same table as CSV. A report over a period is worked out at most "
                + "escalation.insight.refresh-after (a minute) ago and says when in asOf; the backlog "
                + "and what is at risk are live.")
class InsightController {

    private final KpiFigures kpis;
    private final LevelFigures levels;
    private final VolumeFigures volumes;
    private final PushDownFigures pushDown;
    private final BacklogFigures backlog;
    private final CasesBehindFigures casesBehind;
    private final Coaching coaching;
    private final Satisfaction satisfaction;
    private final HelpLineFigures helpLine;
    private final GoodwillFigures goodwill;
    private final PartnerFigures partners;
    private final ConversationFigures conversations;
    private final InsightCache cache;
    private final InsightProperties properties;
    private final Clock clock;

    InsightController(
            KpiFigures kpis,
            LevelFigures levels,
            VolumeFigures volumes,
            PushDownFigures pushDown,
            BacklogFigures backlog,
            CasesBehindFigures casesBehind,
            Coaching coaching,
            Satisfaction satisfaction,
            HelpLineFigures helpLine,
            GoodwillFigures goodwill,
            PartnerFigures partners,
            ConversationFigures conversations,
            InsightCache cache,
            InsightProperties properties,
            Clock clock) {
        this.kpis = kpis;
        this.levels = levels;
        this.volumes = volumes;
        this.pushDown = pushDown;
        this.backlog = backlog;
        this.casesBehind = casesBehind;
        this.coaching = coaching;
        this.satisfaction = satisfaction;
        this.helpLine = helpLine;
        this.goodwill = goodwill;
        this.partners = partners;
        this.conversations = conversations;
        this.cache = cache;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param figures the most the caller reads: {@code OWN} their own Tier 1 weeks only,
     *     {@code TEAMS} the teams' and the policy's figures too, {@code AGENTS} every agent's too
     */
    record Access(StaffGroup.FigureAccess figures) {}

    @Operation(
            summary = "Which figures the caller may read",
            description = "Any signed-in user. OWN: their own Tier 1 weeks (/agents/{their user}); "
                    + "TEAMS: every report but the agents'; AGENTS: every report. A page asks only for "
                    + "what the caller may read.")
    @GetMapping(path = "/access", produces = MediaType.APPLICATION_JSON_VALUE)
    Access access(Authentication caller) {
        return new Access(StaffGroup.figuresReadBy(
                GroupGrants.asStaffGroups(Callers.of(caller).groups())));
    }

    @Operation(summary = "What every KPI means: formula, unit, what counts")
    @GetMapping("/definitions")
    Report definitions() {
        return kpis.definitions();
    }

    @Operation(summary = "Every KPI of the period beside the previous period of the same length")
    @GetMapping("/summary")
    Report summary(@ParameterObject InsightRequest request) {
        return cached("summary", request, List.of(), kpis::summary);
    }

    @Operation(summary = "Every KPI by day or ISO week, beside the previous period")
    @GetMapping("/trends")
    Report trends(
            @ParameterObject InsightRequest request, @RequestParam(defaultValue = "DAY") KpiFigures.Granularity by) {
        return cached("trends", request, List.of(by), filter -> kpis.trends(filter, by));
    }

    @Operation(summary = "First response, time to resolve and SLAs level by level")
    @GetMapping("/levels")
    Report levels(@ParameterObject InsightRequest request) {
        return cached("levels", request, List.of(), levels::levels);
    }

    @Operation(summary = "SLA achievement and breaches by level and priority")
    @GetMapping("/sla")
    Report sla(@ParameterObject InsightRequest request) {
        return cached("sla", request, List.of(), levels::slaByLevelAndPriority);
    }

    @Operation(summary = "Cases opened and escalated by a dimension, with the escalation rate")
    @GetMapping("/volume")
    Report volume(
            @ParameterObject InsightRequest request,
            @RequestParam(defaultValue = "CHANNEL") VolumeFigures.Dimension by) {
        return cached("volume", request, List.of(by), filter -> volumes.volume(filter, by));
    }

    @Operation(summary = "Avoidable escalations by trigger and category")
    @GetMapping("/avoidable")
    Report avoidable(@ParameterObject InsightRequest request) {
        return cached("avoidable", request, List.of(), pushDown::avoidable);
    }

    @Operation(summary = "Push-down candidates: what Tier 1 could be allowed to do instead")
    @GetMapping("/push-down")
    Report pushDown(@ParameterObject InsightRequest request) {
        return cached("push-down", request, List.of(), pushDown::pushDown);
    }

    @Operation(
            summary = "Satisfaction and survey response rate by escalation path, by the level "
                    + "that resolved, or by trigger")
    @GetMapping("/satisfaction")
    Report satisfaction(
            @ParameterObject InsightRequest request, @RequestParam(defaultValue = "PATH") Satisfaction.Grouping by) {
        return cached("satisfaction", request, List.of(by), filter -> satisfaction.satisfaction(filter, by));
    }

    @Operation(summary = "Lessons learned by kind, and their adoption rate")
    @GetMapping("/lessons")
    Report lessons(@ParameterObject InsightRequest request) {
        return cached("lessons", request, List.of(), satisfaction::lessons);
    }

    @Operation(
            summary = "The internal help line by expert group: questions, answer time, and the "
                    + "cases then resolved where the question was asked")
    @GetMapping("/consults")
    Report consults(@ParameterObject InsightRequest request) {
        return cached("consults", request, List.of(), helpLine::consults);
    }

    @Operation(
            summary = "Goodwill by the level that asked: approvals asked, granted, credited, and "
                    + "the cases then resolved where goodwill was granted")
    @GetMapping("/goodwill")
    Report goodwill(@ParameterObject InsightRequest request) {
        return cached("goodwill", request, List.of(), goodwill::goodwill);
    }

    @Operation(summary = "Each partner team on its own: stays held, SLA achievement, breaches, " + "first responses")
    @GetMapping("/partners")
    Report partners(@ParameterObject InsightRequest request) {
        return cached("partners", request, List.of(), partners::partners);
    }

    @Operation(
            summary = "Customer messages per channel: received in the period and where they "
                    + "landed, and the open cases waiting for our answer now")
    @GetMapping("/messages")
    Report messages(@ParameterObject InsightRequest request) {
        return conversations.messages(request.filter(today()));
    }

    @Operation(summary = "The open cases by level and age, now")
    @GetMapping("/backlog")
    Report backlog() {
        return backlog.backlog();
    }

    @Operation(summary = "Open cases whose SLA runs out soon, soonest first")
    @GetMapping("/at-risk")
    Report atRisk() {
        return backlog.atRisk();
    }

    @Operation(summary = "Per team: stays held, escalation rate, first contact resolution, breaches")
    @GetMapping("/teams")
    Report teams(@ParameterObject InsightRequest request) {
        return cached("teams", request, List.of(), coaching::teams);
    }

    @Operation(
            summary = "Per agent, with the coaching flag",
            description = "Supervisors, management and administrators.")
    @GetMapping("/agents")
    Report agents(@ParameterObject InsightRequest request) {
        return cached("agents", request, List.of(), coaching::agents);
    }

    @Operation(
            summary = "One agent's Tier 1 weeks",
            description = "The agent themselves, supervisors, management and administrators.")
    @GetMapping("/agents/{agent}")
    Report agent(
            @Parameter(example = "tier1-agent") @PathVariable String agent, @ParameterObject InsightRequest request) {
        return cached("agent", request, List.of(agent), filter -> coaching.agent(agent, filter));
    }

    /** The report over the request's period, from the cache; equal requests share it. */
    private Report cached(
            String report, InsightRequest request, List<Object> options, Function<InsightFilter, Report> workOut) {
        InsightFilter filter = request.filter(today());
        List<Object> arguments = new ArrayList<>(options);
        arguments.add(filter);
        return cache.get(report, arguments, () -> workOut.apply(filter));
    }

    @Operation(summary = "The cases behind a figure, newest first")
    @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    CasePage cases(
            @ParameterObject InsightRequest request,
            @RequestParam(defaultValue = "OPENED") CasesBehindFigures.Selection only,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return casesBehind.cases(request.filter(today()), only, page, size);
    }

    private LocalDate today() {
        return properties.today(clock);
    }
}
