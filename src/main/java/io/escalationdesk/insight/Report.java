package io.escalationdesk.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of figures: what every insight answers, as JSON (columns, rows by column key) and as
 * CSV (a header of labels, a line per row).
 *
 * @param notes what a reader must know to read it right, e.g. what a rate is relative to
 * @param asOf when the figures were worked out; none for what does not change, like definitions.
 *     An instant: a page shows it in the reader's zone, not as text in the notes
 */
public record Report(
        String title, List<Column> columns, List<Map<String, Object>> rows, List<String> notes, Instant asOf) {

    /** @param unit what the values count in; none for names and codes */
    public record Column(String key, String label, String unit) {}

    /** A table of what is stored as it is, not worked out at a moment. */
    public Report(String title, List<Column> columns, List<Map<String, Object>> rows, List<String> notes) {
        this(title, columns, rows, notes, null);
    }

    /** The same report, worked out at the moment given. */
    Report workedOutAt(Instant moment) {
        return new Report(title, columns, rows, notes, moment);
    }

    static Builder titled(String title) {
        return new Builder(title);
    }

    static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** A column named by its key's wording, {@code column.<key>} in {@link ReportWording}. */
        Builder column(String key, String unit) {
            return columnNamed(key, key, unit);
        }

        /** A column whose key reads differently in this report: "Resolved here", not "Cases resolved". */
        Builder columnNamed(String key, String wording, String unit) {
            return add(key, ReportWording.column(wording), unit);
        }

        /** A KPI's column, named and counted as {@link Kpi} defines it. */
        Builder kpi(Kpi kpi) {
            return kpi(kpi, kpi.unit);
        }

        /** A KPI's column in a unit of this report: none where a column beside it says. */
        Builder kpi(Kpi kpi, String unit) {
            return add(kpi.key, kpi.label, unit);
        }

        /** The KPI of the period before, beside this period's: {@code previousEscalationRate}. */
        Builder previous(Kpi kpi, String unit) {
            String key = "previous" + Character.toUpperCase(kpi.key.charAt(0)) + kpi.key.substring(1);
            return add(key, ReportWording.column("previousOf", kpi.label), unit);
        }

        /**
         * A code and what people read for it: {@code level} "Level code" and {@code levelLabel}
         * "Level". Two columns, two headers a spreadsheet tells apart.
         */
        Builder coded(String key) {
            return codedNamed(key, key);
        }

        Builder codedNamed(String key, String wording) {
            String label = ReportWording.column(wording);
            return add(key, ReportWording.column("code", label), null).add(key + "Label", label, null);
        }

        private Builder add(String key, String label, String unit) {
            columns.add(new Column(key, label, unit));
            return this;
        }

        /** The values of a row, one per column, in the columns' order. */
        Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(
                        values.length + " values for " + columns.size() + " columns: " + Arrays.toString(values));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(columns.get(i).key(), values[i]);
            }
            rows.add(row);
            return this;
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        Report build() {
            return new Report(title, List.copyOf(columns), List.copyOf(rows), List.copyOf(notes));
        }
    }
}
