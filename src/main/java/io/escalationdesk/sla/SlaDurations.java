package io.escalationdesk.sla;

import java.time.Duration;

/** SLA durations as agents read them on the timeline: "1 h 30 min", "0 min". */
public final class SlaDurations {

    private SlaDurations() {}

    public static String words(Duration duration) {
        long minutes = duration.toMinutes();
        long hours = minutes / 60;
        return hours == 0 ? minutes + " min" : minutes % 60 == 0 ? hours + " h" : hours + " h " + minutes % 60 + " min";
    }
}
