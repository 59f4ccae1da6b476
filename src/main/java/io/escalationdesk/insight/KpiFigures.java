package io.escalationdesk.insight;

import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import io.escalationdesk.insight.InsightQueries.Bucket;
import io.escalationdesk.insight.Satisfaction.Answers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every KPI at once: what each means, the period's beside the period before, and the same by day
 * or ISO week. Each KPI as {@link Kpi} defines it.
 */
@Service
public class KpiFigures {

    /** Trends by day or by ISO week. */
    public enum Granularity {
        DAY,
        WEEK
    }

    private final InsightQueries queries;
    private final Satisfaction satisfaction;
    private final InsightProperties properties;
    private final int reviewAtOrBelow;

    /** @param reviewAtOrBelow a survey answer this low goes to the review (escalation.survey) */
    KpiFigures(
            InsightQueries queries,
            Satisfaction satisfaction,
            InsightProperties properties,
            @Value("${escalation.survey.review-at-or-below}") int reviewAtOrBelow) {
        this.queries = queries;
        this.satisfaction = satisfaction;
        this.properties = properties;
        this.reviewAtOrBelow = reviewAtOrBelow;
    }

    /** What every KPI means. */
    public Report definitions() {
        Report.Builder report = Report.titled("KPI definitions")
                .column("kpi", null)
                .column("label", null)
                .column("unit", null)
                .column("definition", null);
        for (Kpi kpi : Kpi.values()) {
            report.row(kpi.key, kpi.label, kpi.unit, definitionOf(kpi));
        }
        return report.build();
    }

    /**
     * Every KPI of the facts of the period, beside the period of the same length before it; then
     * the survey's: response rate, satisfaction, dissatisfied customers.
     */
    public Report summary(InsightFilter filter) {
        Figures now = figures(filter);
        Figures before = figures(filter.previous());
        Report.Builder report = Report.titled("Summary")
                .column("kpi", null)
                .column("label", null)
                .column("value", null)
                .column("previous", null)
                .column("unit", null)
                .column("definition", null);
        for (Kpi kpi : Kpi.ofTheFacts()) {
            report.row(
                    kpi.key,
                    kpi.label,
                    now.value(kpi),
                    comparable(kpi, now, before),
                    now.unitOf(kpi),
                    definitionOf(kpi));
        }
        Answers answersNow = satisfaction.answers(filter);
        Answers answersBefore = satisfaction.answers(filter.previous());
        for (Kpi kpi : Kpi.ofTheSurvey()) {
            report.row(
                    kpi.key, kpi.label, answersNow.value(kpi), answersBefore.value(kpi), kpi.unit, definitionOf(kpi));
        }
        return noteRate(report, now).build();
    }

    /** Every KPI by day or ISO week, each bucket beside the same bucket of the previous period. */
    public Report trends(InsightFilter filter, Granularity granularity) {
        Bucket bucket = granularity == Granularity.DAY ? Bucket.DAY : Bucket.WEEK;
        List<LocalDate> buckets = buckets(filter, granularity);
        List<LocalDate> previousBuckets = buckets(filter.previous(), granularity);
        Map<LocalDate, Long> contactsByDay = queries.contactsByDay(filter);
        // the period's basis for the rate: every bucket counts on it
        Figures basis = Figures.of(CaseTotals.NONE, StayTotals.NONE, contacts(filter, contactsByDay));
        Map<LocalDate, Figures> now = figuresBy(filter, bucket, granularity, contactsByDay);
        Map<LocalDate, Figures> before =
                figuresBy(filter.previous(), bucket, granularity, queries.contactsByDay(filter.previous()));
        Report.Builder report = Report.titled("Trends by " + granularity.name().toLowerCase())
                .columnNamed("bucket", granularity == Granularity.DAY ? "day" : "weekOf", null)
                .column("previousBucket", null);
        for (Kpi kpi : Kpi.ofTheFacts()) {
            String unit = basis.unitOf(kpi);
            report.kpi(kpi, unit).previous(kpi, unit);
        }
        for (int i = 0; i < buckets.size(); i++) {
            LocalDate previousBucket = i < previousBuckets.size() ? previousBuckets.get(i) : null;
            Figures current = now.getOrDefault(buckets.get(i), Figures.NONE);
            Figures earlier = previousBucket == null ? Figures.NONE : before.getOrDefault(previousBucket, Figures.NONE);
            List<Object> values = new ArrayList<>(
                    List.of(buckets.get(i).toString(), previousBucket == null ? "" : previousBucket.toString()));
            for (Kpi kpi : Kpi.ofTheFacts()) {
                values.add(current.value(kpi));
                values.add(comparable(kpi, current, earlier));
            }
            report.row(values.toArray());
        }
        return noteRate(report, basis).build();
    }

    private String definitionOf(Kpi kpi) {
        return kpi.definition(properties, reviewAtOrBelow);
    }

    /** Rates per 100 contacts and per 100 cases do not compare: none beside the other. */
    private static Number comparable(Kpi kpi, Figures now, Figures before) {
        return kpi == Kpi.ESCALATION_RATE && now.ratePerContact() != before.ratePerContact() ? null : before.value(kpi);
    }

    private Figures figures(InsightFilter filter) {
        return Figures.of(
                queries.caseTotals(filter),
                queries.stayTotals(filter),
                contacts(filter, queries.contactsByDay(filter)));
    }

    private Map<LocalDate, Figures> figuresBy(
            InsightFilter filter, Bucket bucket, Granularity granularity, Map<LocalDate, Long> contactsByDay) {
        Map<LocalDate, CaseTotals> cases = queries.caseTotals(filter, bucket);
        Map<LocalDate, StayTotals> stays = queries.stayTotals(filter, bucket);
        Map<LocalDate, Long> contactsByBucket = new HashMap<>();
        contactsByDay.forEach(
                (day, contacts) -> contactsByBucket.merge(bucketOf(day, granularity), contacts, Long::sum));
        // every bucket on the period's basis: a day without reported contacts has no rate, not
        // one per 100 cases beside days per 100 contacts
        boolean perContact = Figures.of(CaseTotals.NONE, StayTotals.NONE, contacts(filter, contactsByDay))
                .ratePerContact();
        Map<LocalDate, Figures> figures = new HashMap<>();
        for (LocalDate day : buckets(filter, granularity)) {
            figures.put(
                    day,
                    new Figures(
                            cases.getOrDefault(day, CaseTotals.NONE),
                            stays.getOrDefault(day, StayTotals.NONE),
                            perContact ? contactsByBucket.getOrDefault(day, 0L) : null,
                            perContact));
        }
        return figures;
    }

    private static Long contacts(InsightFilter filter, Map<LocalDate, Long> byDay) {
        return !filter.appliesToContacts() || byDay.isEmpty()
                ? null
                : byDay.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<LocalDate> buckets(InsightFilter filter, Granularity granularity) {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate day = bucketOf(filter.from(), granularity);
                day.isBefore(filter.to());
                day = granularity == Granularity.DAY ? day.plusDays(1) : day.plusWeeks(1)) {
            buckets.add(day);
        }
        return buckets;
    }

    private static LocalDate bucketOf(LocalDate day, Granularity granularity) {
        return granularity == Granularity.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Report.Builder noteRate(Report.Builder report, Figures figures) {
        return report.note(
                figures.ratePerContact()
                        ? "The escalation rate is per 100 contacts reported for the period."
                        : "No contact volumes apply to this selection: the escalation rate is per 100 cases "
                                + "opened.");
    }
}
