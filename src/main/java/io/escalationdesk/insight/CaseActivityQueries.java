package io.escalationdesk.insight;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the reports on what people did around the period's cases, in other rooms' tables:
 * the customers' survey answers, the lessons noted, the questions to experts, goodwill, the
 * suggestions agents were shown, and the messages customers wrote. A class of its own beside {@link InsightQueries}, which keeps the
 * facts tables: each of these joins the facts to a table of its own and has rows of its own.
 */
@Repository
class CaseActivityQueries {

    /** Per case: how often it moved up, whether it was handed off; over the period's stays. */
    private static final String PATHS = """
      select case_number,
             count(*) filter (where entered_event in ('ESCALATED', 'SLA_BREACHED')
                              and level <> previous_level) as escalations,
             count(*) filter (where entered_event = 'HANDED_OFF') as hand_offs
      from (select case_number, level, entered_event,
                   lag(level) over (partition by case_number order by entered_at, id)
                     as previous_level
            from case_level_visit where opened_day >= :from and opened_day < :to) stays
      group by case_number""";

    /** What the answers of some resolved cases add up to (Satisfaction.Answers). */
    private static final String ANSWERS = """
      count(*) as resolved,
      count(a.case_number) as answered,
      avg(cast(a.satisfaction as decimal(4, 2))) as satisfaction,
      count(*) filter (where a.dissatisfied) as dissatisfied""";

    /** Each resolved case with its customer's answer, if they gave one. */
    private static final String ANSWERED = " left join survey_answer a on a.case_number = f.case_number";

    /** A person's answer to the customer: a message they wrote, a question, the resolution. */
    private static final String ANSWERS_TO_CUSTOMERS = "('CUSTOMER_MESSAGED', 'INFORMATION_REQUESTED', 'RESOLVED')";

    /** An inbound message that landed on a case. */
    private static final String LANDED = "('THREADED', 'FOLLOW_UP', 'NEW_CASE')";

    private final JdbcClient jdbc;

    CaseActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers to the survey about the filter's resolved cases. */
    Map<String, Object> answers(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows("select " + ANSWERS + " from " + resolvedCases(filter, params) + ANSWERED, params)
                .get(0);
    }

    /**
     * The answers by escalation path: {@code entry_level}, {@code escalations} (2 counts 2 or
     * more), {@code handed_off}.
     */
    List<Map<String, Object>> answersByPath(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows(
                "select f.entry_level, least(p.escalations, 2) as escalations, "
                        + "p.hand_offs > 0 as handed_off, " + ANSWERS + " from " + resolvedCases(filter, params)
                        + " join (" + PATHS + ") p on p.case_number = f.case_number" + ANSWERED
                        + " group by f.entry_level, least(p.escalations, 2), p.hand_offs > 0",
                params);
    }

    /** The answers by the level that resolved the case: {@code level}. */
    List<Map<String, Object>> answersByResolvedLevel(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return InsightQueries.inLadderOrder(rows(
                "select f.resolved_level as level, " + ANSWERS + " from " + resolvedCases(filter, params) + ANSWERED
                        + " group by f.resolved_level",
                params));
    }

    /** The answers by trigger: {@code escalation_trigger}. */
    List<Map<String, Object>> answersByTrigger(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows(
                "select f.escalation_trigger, " + ANSWERS + " from " + resolvedCases(filter, params) + ANSWERED
                        + " group by f.escalation_trigger order by f.escalation_trigger",
                params);
    }

    private static String resolvedCases(InsightFilter filter, Map<String, Object> params) {
        return "(select * from case_fact" + filter.onCases(params) + " and closed_event = 'RESOLVED') f";
    }

    /** The lessons noted on the filter's cases by kind, and what the review made of them. */
    List<Map<String, Object>> lessonsByKind(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows("""
        select l.kind, count(*) as noted,
               count(*) filter (where l.status = 'ADOPTED') as adopted,
               count(*) filter (where l.status = 'DISMISSED') as dismissed,
               count(*) filter (where l.status = 'OPEN') as open_lessons
        from """ + filter.casesAs("case_number", params) + """
        join lesson l on l.case_number = f.case_number
        group by l.kind order by l.kind""", params);
    }

    /**
     * The questions to experts about the filter's cases by expert group: how they ended, the
     * median answer time and the cases then resolved at the level that asked.
     */
    List<Map<String, Object>> consultsByExpertGroup(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows("""
        select c.expert_group,
               count(*) as asked,
               count(*) filter (where c.ended_as = 'ANSWERED') as answered,
               count(*) filter (where c.ended_as = 'TIMED_OUT') as timed_out,
               count(*) filter (where c.ended_as = 'CANCELLED') as cancelled,
               count(*) filter (where c.ended_at is null) as open_questions,
               percentile_cont(0.5) within group (order by c.answer_elapsed_seconds) as answer_median,
               count(*) filter (where f.closed_event = 'RESOLVED'
                                and f.resolved_level = c.asked_level) as resolved_where_asked
        from """ + filter.casesAs("case_number, closed_event, resolved_level", params) + """
        join consult c on c.case_number = f.case_number
        group by c.expert_group order by c.expert_group""", params);
    }

    /**
     * Goodwill on the filter's cases by the level that asked, in the ladder's order: requests,
     * approvals, credits and the cases then resolved where goodwill was granted.
     */
    List<Map<String, Object>> goodwillByLevel(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return InsightQueries.inLadderOrder(
                rows("""
        select g.level,
               count(*) as requested,
               count(*) filter (where g.approver_level is not null) as approvals_asked,
               count(*) filter (where g.status = 'GRANTED') as granted,
               count(*) filter (where g.status = 'REJECTED') as rejected,
               coalesce(sum(g.amount) filter (where g.status = 'GRANTED' and g.kind = 'CREDIT'), 0)
                 as credited,
               count(distinct g.case_number) filter (where g.status = 'GRANTED') as cases_granted,
               count(distinct g.case_number) filter (where g.status = 'GRANTED'
                 and f.closed_event = 'RESOLVED' and f.resolved_level = g.level) as resolved_where_granted
        from """ + filter.casesAs("case_number, closed_event, resolved_level", params) + """
        join goodwill g on g.case_number = f.case_number
        group by g.level""", params));
    }

    /**
     * By level, the filter's stays in which the agent was shown suggestions (similar cases,
     * articles): how many then moved on all the same, how many had a suggestion marked helpful
     * during the stay, and how many of those the level then resolved. A case's suggestions at a
     * level count for the stay in which they were first shown.
     */
    List<Map<String, Object>> suggestionsByLevel(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows("""
        select v.level,
               count(*) as suggested,
               count(*) filter (where v.left_event in %s) as moved_on_after_shown,
               count(*) filter (where s.helped_at <= coalesce(v.left_at, s.helped_at)) as helped,
               count(*) filter (where s.helped_at <= v.left_at and v.left_event = 'RESOLVED')
                 as resolved_after_help
        from (select case_number, level, entered_at, left_at, left_event from case_level_visit %s) v
        join (select case_number, level, min(shown_at) as shown_at, min(helped_at) as helped_at
              from knowledge_suggestion group by case_number, level) s
          on s.case_number = v.case_number and s.level = v.level
         and s.shown_at >= v.entered_at and s.shown_at <= coalesce(v.left_at, s.shown_at)
        group by v.level""".formatted(InsightQueries.MOVED_ON, filter.onStays(params)), params);
    }

    /** The messages received on the filter's days by inbound channel, and where they landed. */
    List<Map<String, Object>> messagesByChannel(InsightFilter filter, ZoneId zone) {
        Map<String, Object> params = new HashMap<>(Map.of(
                "from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(filter.to().atStartOfDay(zone).toInstant())));
        return rows("""
            select channel,
              count(*) filter (where status in %s) as landed,
              count(*) filter (where status = 'FOLLOW_UP') as follow_ups,
              count(*) filter (where status = 'NEW_CASE') as new_cases,
              count(*) filter (where status = 'PARKED') as parked
            from inbound_message where received_at >= :from and received_at < :to
            group by channel""".formatted(LANDED), params);
    }

    /** By inbound channel, the open cases whose customer wrote last and waits for a person's answer. */
    List<Map<String, Object>> waitingForAnAnswerByChannel() {
        return rows("""
            select m.channel, count(*) as unanswered
            from inbound_message m join escalation_case c on c.case_number = m.case_number
            where c.status = 'OPEN' and m.status in %1$s
              and m.id = (select max(l.id) from inbound_message l
                          where l.case_number = m.case_number and l.status in %1$s)
              and not exists (select 1 from notification_outbox o
                              where o.case_number = m.case_number and o.audience = 'CUSTOMER'
                                and o.event in %2$s and o.created_at > m.received_at)
            group by m.channel""".formatted(LANDED, ANSWERS_TO_CUSTOMERS), Map.of());
    }

    private List<Map<String, Object>> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(InsightQueries.COLUMNS).list();
    }
}
