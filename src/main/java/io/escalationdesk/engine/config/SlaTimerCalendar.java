package io.escalationdesk.engine.config;

import io.escalationdesk.sla.SlaCalendar;
import io.escalationdesk.sla.SlaCalendars;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's calendar for timer durations. A duration that names a calendar,
 * {@code "standard PT4H"}, runs in that calendar's business time; a plain ISO duration keeps
 * Camunda's meaning (elapsed time), so every other timer behaves as documented by Camunda.
 */
@Component
class SlaTimerCalendar extends AbstractProcessEnginePlugin implements BusinessCalendar {

    private final SlaCalendars calendars;
    private final BusinessCalendar elapsedTime = new DurationBusinessCalendar();

    SlaTimerCalendar(SlaCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var calendarsByTimerType = new MapBusinessCalendarManager();
        calendarsByTimerType.addBusinessCalendar(DurationBusinessCalendar.NAME, this);
        calendarsByTimerType.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
        calendarsByTimerType.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendarsByTimerType);
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, ClockUtil.getCurrentTime());
    }

    @Override
    public Date resolveDuedate(String description, Date start) {
        String[] calendarAndDuration = description.trim().split("\\s+");
        if (calendarAndDuration.length != 2) {
            return elapsedTime.resolveDuedate(description, start);
        }
        SlaCalendar calendar = calendars.named(calendarAndDuration[0]);
        try {
            Duration businessTime = Duration.parse(calendarAndDuration[1]);
            return Date.from(calendar.plus(start.toInstant(), businessTime));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 duration in SLA timer '" + description + "'", e);
        }
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return elapsedTime.resolveDuedate(description, task);
    }
}
