package io.escalationdesk.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times as staff read them, wherever they read them (task forms, the timeline, the dashboard,
 * supervisors' mails): in the one configured staff zone, which each says, "3 Dec 2026, 09:31
 * CET". Only the API and CSV give instants.
 */
@Component
public class StaffTime {

    private final ZoneId zone;
    private final DateTimeFormatter format;

    public StaffTime(@Value("${escalation.staff-time-zone:Europe/Berlin}") ZoneId zone) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH)
                .withZone(zone);
    }

    public String format(Instant time) {
        return format.format(time);
    }

    public ZoneId zone() {
        return zone;
    }
}
