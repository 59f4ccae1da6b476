package io.escalationdesk.cases;

import java.util.Locale;

/** The languages customer messages are written in. */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN);

    public final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }
}
