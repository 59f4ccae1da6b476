package io.escalationdesk.insight;

import io.escalationdesk.system.Labels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What the frontline does without handing a case over: questions to experts on the internal help
 * line, how fast they were answered, and whether the case then stayed where it was asked. Like
 * every KPI, counted over the cases opened in the period.
 */
@Service
public class Frontline {

  /** The definitions of the help line's KPIs, beside {@link Kpi}'s. */
  static final List<String[]> DEFINITIONS = List.of(
      new String[] {"consults", "Questions to experts", "questions",
          "Questions agents asked an expert group while keeping the case"},
      new String[] {"consultAnswerMedian", "Answer time, median", "minutes",
          "From the question to the expert's answer, elapsed; questions answered"},
      new String[] {"resolvedAtAskingLevel", "Resolved where asked", "%",
          "Of the questions, the share whose case was then resolved at the level that asked: "
              + "a transfer the help line spared"});

  private final InsightQueries queries;
  private final Labels labels;

  Frontline(InsightQueries queries, Labels labels) {
    this.queries = queries;
    this.labels = labels;
  }

  /** The help line by expert group. */
  public Report consults(InsightFilter filter) {
    Map<String, Object> params = new HashMap<>();
    List<Map<String, Object>> rows = queries.rows("""
        select c.expert_group,
               count(*) as asked,
               count(*) filter (where c.ended_as = 'ANSWERED') as answered,
               count(*) filter (where c.ended_as = 'TIMED_OUT') as timed_out,
               count(*) filter (where c.ended_as = 'CANCELLED') as cancelled,
               count(*) filter (where c.ended_at is null) as open_questions,
               percentile_cont(0.5) within group (order by c.answer_elapsed_seconds) as answer_median,
               count(*) filter (where f.closed_event = 'RESOLVED'
                                and f.resolved_level = c.asked_level) as resolved_where_asked
        from (select case_number, closed_event, resolved_level from case_fact""" + filter.onCases(params)
        + """
        ) f join consult c on c.case_number = f.case_number
        group by c.expert_group order by c.expert_group""", params);
    Report.Builder report = Report.titled("Questions to experts")
        .column("expertGroup", "Expert group", null).column("expertGroupLabel", "Expert group", null)
        .column("consults", "Questions to experts", "questions")
        .column("answered", "Answered", "questions").column("timedOut", "Not answered in time", "questions")
        .column("cancelled", "Withdrawn (case closed)", "questions")
        .column("open", "Open", "questions")
        .column("consultAnswerMedian", "Answer time, median", "minutes")
        .column("resolvedAtAskingLevel", "Resolved where asked", "%");
    for (Map<String, Object> row : rows) {
      String group = (String) row.get("expert_group");
      long asked = Figures.count(row, "asked");
      Object median = row.get("answer_median");
      report.row(group, labels.of("ExpertGroup", group), asked, Figures.count(row, "answered"),
          Figures.count(row, "timed_out"), Figures.count(row, "cancelled"),
          Figures.count(row, "open_questions"),
          Figures.minutes(median == null ? null : ((Number) median).doubleValue()),
          Figures.percent(Figures.count(row, "resolved_where_asked"), asked));
    }
    return report.note("Questions about the cases opened in the period.").build();
  }
}
