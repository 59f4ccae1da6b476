package io.escalationdesk.api;

import io.escalationdesk.cases.CasePage;
import io.escalationdesk.insight.Coaching;
import io.escalationdesk.insight.InsightCache;
import io.escalationdesk.insight.InsightFilter;
import io.escalationdesk.insight.Insights;
import io.escalationdesk.insight.Report;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
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
@RequestMapping(path = "/api/insights", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
@Tag(name = "Insights", description = "KPIs, trends and coaching signals; "
    + "Accept: text/csv gives the same table as CSV. A report over a period is worked out at most "
    + "escalation.insight.refresh-after (a minute) ago and says when in its notes; the backlog "
    + "and what is at risk are live.")
class InsightController {

  private final Insights insights;
  private final Coaching coaching;
  private final InsightCache cache;

  InsightController(Insights insights, Coaching coaching, InsightCache cache) {
    this.insights = insights;
    this.coaching = coaching;
    this.cache = cache;
  }

  @Operation(summary = "What every KPI means: formula, unit, what counts")
  @GetMapping("/definitions")
  Report definitions() {
    return insights.definitions();
  }

  @Operation(summary = "Every KPI of the period beside the previous period of the same length")
  @GetMapping("/summary")
  Report summary(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("summary", List.of(filter), () -> insights.summary(filter));
  }

  @Operation(summary = "Every KPI by day or ISO week, beside the previous period")
  @GetMapping("/trends")
  Report trends(@ParameterObject InsightRequest request,
      @RequestParam(defaultValue = "DAY") Insights.Granularity by) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("trends", List.of(filter, by), () -> insights.trends(filter, by));
  }

  @Operation(summary = "First response, time to resolve and SLAs level by level")
  @GetMapping("/levels")
  Report levels(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("levels", List.of(filter), () -> insights.levels(filter));
  }

  @Operation(summary = "SLA achievement and breaches by level and priority")
  @GetMapping("/sla")
  Report sla(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("sla", List.of(filter), () -> insights.slaByLevelAndPriority(filter));
  }

  @Operation(summary = "Cases opened and escalated by a dimension, with the escalation rate")
  @GetMapping("/volume")
  Report volume(@ParameterObject InsightRequest request,
      @RequestParam(defaultValue = "CHANNEL") Insights.Dimension by) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("volume", List.of(filter, by), () -> insights.volume(filter, by));
  }

  @Operation(summary = "Avoidable escalations by trigger and category")
  @GetMapping("/avoidable")
  Report avoidable(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("avoidable", List.of(filter), () -> insights.avoidable(filter));
  }

  @Operation(summary = "Push-down candidates: what Tier 1 could be allowed to do instead")
  @GetMapping("/push-down")
  Report pushDown(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("push-down", List.of(filter), () -> insights.pushDown(filter));
  }

  @Operation(summary = "The open cases by level and age, now")
  @GetMapping("/backlog")
  Report backlog() {
    return insights.backlog();
  }

  @Operation(summary = "Open cases whose SLA runs out soon, soonest first")
  @GetMapping("/at-risk")
  Report atRisk() {
    return insights.atRisk();
  }

  @Operation(summary = "Per team: stays held, escalation rate, first contact resolution, breaches")
  @GetMapping("/teams")
  Report teams(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("teams", List.of(filter), () -> coaching.teams(filter));
  }

  @Operation(summary = "Per agent, with the coaching flag",
      description = "Supervisors, management and administrators.")
  @GetMapping("/agents")
  Report agents(@ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("agents", List.of(filter), () -> coaching.agents(filter));
  }

  @Operation(summary = "One agent's Tier 1 weeks",
      description = "The agent themselves, supervisors, management and administrators.")
  @GetMapping("/agents/{agent}")
  Report agent(@Parameter(example = "tier1-agent") @PathVariable String agent,
      @ParameterObject InsightRequest request) {
    InsightFilter filter = request.filter(insights.today());
    return cache.get("agent", List.of(filter, agent), () -> coaching.agent(agent, filter));
  }

  @Operation(summary = "The cases behind a figure, newest first")
  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  CasePage cases(@ParameterObject InsightRequest request,
      @RequestParam(defaultValue = "OPENED") Insights.Selection only,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return insights.cases(request.filter(insights.today()), only, page, size);
  }
}
