package io.escalationdesk.insight;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import io.escalationdesk.system.Labels;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Cases opened and escalated by one of the case's dimensions, with their escalation rate. */
@Service
public class VolumeFigures {

    /** A report's rows grouped by one of the case's dimensions. */
    public enum Dimension {
        CHANNEL(Channel.class),
        CATEGORY(Category.class),
        TRIGGER(Trigger.class),
        PRIORITY(Priority.class),
        SEGMENT(CustomerSegment.class),
        LEVEL(Level.class),
        TEAM(null);

        /** The codes whose labels people read; none for teams, which are named as they are. */
        final Class<? extends Enum<?>> codes;

        Dimension(Class<? extends Enum<?>> codes) {
            this.codes = codes;
        }
    }

    private final InsightQueries queries;
    private final Labels labels;

    VolumeFigures(InsightQueries queries, Labels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    /** Cases opened and escalated by one dimension, with their escalation rate. */
    public Report volume(InsightFilter filter, Dimension by) {
        Map<String, Long> contacts = queries.contactsBy(filter, by);
        Report.Builder report = Report.titled("Volume by " + by.name().toLowerCase())
                .codedNamed("key", "dimension." + by.name())
                .kpi(Kpi.CONTACTS)
                .kpi(Kpi.CASES_OPENED)
                .kpi(Kpi.CASES_ESCALATED)
                .kpi(Kpi.ESCALATION_RATE, null)
                .column("rateUnit", null)
                .kpi(Kpi.FIRST_CONTACT_RESOLUTION)
                .kpi(Kpi.AVOIDABLE_SHARE);
        for (Map<String, Object> row : queries.caseCountsBy(filter, by)) {
            String key = (String) row.get("dimension");
            Long reported = filter.appliesToContacts() ? contacts.get(key) : null;
            Figures figures = Figures.of(CaseTotals.of(row), StayTotals.NONE, reported);
            report.row(
                    key,
                    labelOf(by, key),
                    reported,
                    figures.cases().opened(),
                    figures.cases().escalated(),
                    figures.value(Kpi.ESCALATION_RATE),
                    figures.unitOf(Kpi.ESCALATION_RATE),
                    figures.value(Kpi.FIRST_CONTACT_RESOLUTION),
                    figures.value(Kpi.AVOIDABLE_SHARE));
        }
        return report.build();
    }

    private String labelOf(Dimension by, String key) {
        if (key == null) {
            return "";
        }
        if (by.codes == null) {
            return key;
        }
        return Arrays.stream(by.codes.getEnumConstants())
                .filter(code -> code.name().equals(key))
                .findFirst()
                .map(labels::of)
                .orElse(key);
    }
}
