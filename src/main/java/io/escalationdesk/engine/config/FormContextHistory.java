package io.escalationdesk.engine.config;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the task form's context (what {@code CaseContextListener} copies onto each task) out of
 * history. It is a copy of the case record, the timeline and the labels, made for the form and
 * gone with the task; with history FULL each copy cost a variable instance and a detail row,
 * JSON ones two byte arrays more, about a tenth of a resolved case's storage (issue 14). Every
 * other variable, and every change an agent makes, stays in history as before.
 */
@Component
class FormContextHistory extends AbstractProcessEnginePlugin {

    private static final Set<String> FORM_CONTEXT = Set.of(
            CASE_NUMBER,
            CUSTOMER_ID,
            CUSTOMER_NAME,
            CUSTOMER_PHONE,
            CUSTOMER_EMAIL,
            DESCRIPTION,
            SLA_DUE,
            LATEST_UPDATES,
            CASE_LABELS,
            OUTCOME_OPTIONS,
            CUSTOMER_MESSAGES,
            TIER_ONE_HINT,
            SIMILAR_CASES,
            SUGGESTED_ARTICLES,
            CUSTOMER_HISTORY,
            SUGGESTION_OPTIONS);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new WithoutFormContext(new DbHistoryEventHandler()));
    }

    private static boolean isFormContext(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable
                && variable.getTaskId() != null
                && FORM_CONTEXT.contains(variable.getVariableName());
    }

    private record WithoutFormContext(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isFormContext(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
