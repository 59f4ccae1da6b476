package io.escalationdesk.engine.read;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.sla.SlaCalendars;
import io.escalationdesk.timeline.StatusUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Reads a case's SLA standing from its process variables (history once it has ended). */
@Component
public class CaseSlas {

    private static final String[] SLA_VARIABLES = {
        SLA_CALENDAR,
        FIRST_RESPONSE_TARGET,
        FIRST_RESPONSE_DUE_AT,
        FIRST_RESPONSE_AT,
        SLA_TARGET,
        SLA_DUE_AT,
        SLA_PAUSED_AT,
        REPLY_DUE_AT,
        SLA_PAUSED_TOTAL
    };

    private final RuntimeService runtime;
    private final HistoryService history;
    private final SlaCalendars calendars;
    private final Clock clock;

    CaseSlas(RuntimeService runtime, HistoryService history, SlaCalendars calendars, Clock clock) {
        this.runtime = runtime;
        this.history = history;
        this.calendars = calendars;
        this.clock = clock;
    }

    public CaseSla of(String processInstanceId, List<StatusUpdate> timeline) {
        Map<String, Object> variables = variablesOf(processInstanceId);
        String calendar = (String) variables.get(SLA_CALENDAR);
        Instant dueAt = instant(variables.get(SLA_DUE_AT));
        Instant pausedSince = instant(variables.get(SLA_PAUSED_AT));
        boolean open = dueAt != null;
        // while the clock stands still, the time left is what was left when it stopped
        Duration left = open
                ? calendars.named(calendar).between(pausedSince == null ? clock.instant() : pausedSince, dueAt)
                : null;
        Duration paused = duration(variables.get(SLA_PAUSED_TOTAL));
        return new CaseSla(
                calendar,
                open ? duration(variables.get(FIRST_RESPONSE_TARGET)) : null,
                open ? instant(variables.get(FIRST_RESPONSE_DUE_AT)) : null,
                open ? instant(variables.get(FIRST_RESPONSE_AT)) : null,
                open ? duration(variables.get(SLA_TARGET)) : null,
                dueAt,
                left,
                pausedSince,
                instant(variables.get(REPLY_DUE_AT)),
                paused == null ? Duration.ZERO : paused,
                timeline.stream()
                        .filter(update -> update.event() == CaseEvent.SLA_BREACHED)
                        .toList());
    }

    private Map<String, Object> variablesOf(String processInstanceId) {
        if (runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0) {
            return runtime.getVariables(processInstanceId, List.of(SLA_VARIABLES));
        }
        // an ended case has no clock running, only its calendar and how long it waited
        Map<String, Object> ended = new HashMap<>();
        history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(SLA_CALENDAR, SLA_PAUSED_TOTAL)
                .list()
                .forEach(variable -> ended.put(variable.getName(), variable.getValue()));
        return ended;
    }

    private static Duration duration(Object iso) {
        return iso == null ? null : Duration.parse((String) iso);
    }

    private static Instant instant(Object date) {
        return date == null ? null : ((Date) date).toInstant();
    }
}
