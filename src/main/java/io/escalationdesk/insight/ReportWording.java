package io.escalationdesk.insight;

import io.escalationdesk.system.MessageBundles;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * What the reports' columns are called in the API and the CSV, from {@code reports.properties}
 * by key; a KPI's column is named by {@link Kpi}. The dashboard names the columns in the
 * reader's language by their keys (static/desk/i18n).
 */
final class ReportWording {

    private static final String BUNDLE = "reports";

    private ReportWording() {}

    /** {@code column.<key>}, its {@code {0}} filled in with the argument given. */
    static String column(String key, Object... arguments) {
        String wording = MessageBundles.of(BUNDLE, Locale.ENGLISH).getString("column." + key);
        return arguments.length == 0 ? wording : MessageFormat.format(wording, arguments);
    }
}
