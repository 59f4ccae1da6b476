package io.escalationdesk;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock in tests, set to wall-clock times in Berlin, the zone of the standard SLA
 * calendar; the app's {@code Clock} follows it.
 */
public final class EngineTime {

    private EngineTime() {}

    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Europe/Berlin"))
                .toInstant();
    }

    public static void setToBerlin(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(berlin(localDateTime)));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
