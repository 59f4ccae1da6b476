package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.knowledge.KnowledgePanel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The knowledge panel of a level's task form (forms/CaseOutcome.form). On create: the similar
 * cases, the hint, the articles and the customer's history as {@link KnowledgePanel} words them,
 * task-local like the case context, its suggestions recorded shown to the task's candidate groups
 * (or its assignee, when the case comes back to them). On complete: what the agent ticked "This
 * helped" is recorded helped by them, in the completion's transaction.
 */
@Component("knowledgeInForm")
class KnowledgePanelListener implements TaskListener {

    private final CaseRecords records;
    private final KnowledgePanel panel;
    private final ObjectMapper json;

    KnowledgePanelListener(CaseRecords records, KnowledgePanel panel, ObjectMapper json) {
        this.records = records;
        this.panel = panel;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            helped(task);
            return;
        }
        records.find(task.getExecution().getProcessBusinessKey()).ifPresent(record -> {
            KnowledgePanel.Panel shown = panel.showFor(record, VariableReads.level(task), shownTo(task));
            task.setVariableLocal(TIER_ONE_HINT, shown.tierOneHint());
            task.setVariableLocal(SIMILAR_CASES, shown.similarCases());
            task.setVariableLocal(SUGGESTED_ARTICLES, shown.suggestedArticles());
            task.setVariableLocal(CUSTOMER_HISTORY, shown.customerHistory());
            task.setVariableLocal(
                    SUGGESTION_OPTIONS,
                    SpinValues.jsonValue(asJson(shown.helpedOptions())).create());
        });
    }

    private void helped(DelegateTask task) {
        Object ticked = task.getVariable(SUGGESTIONS_HELPED);
        task.getExecution().removeVariable(SUGGESTIONS_HELPED);
        List<String> values = valuesOf(ticked);
        if (!values.isEmpty()) {
            refusing(() -> panel.helped(
                    task.getExecution().getProcessBusinessKey(), values, VariableReads.actor(task.getExecution())));
        }
    }

    /** Tasklist submits a checklist as JSON; the REST API may give a list. */
    private static List<String> valuesOf(Object ticked) {
        List<String> values = new ArrayList<>();
        if (ticked instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(element -> values.add(element.stringValue()));
        } else if (ticked instanceof Collection<?> list) {
            list.forEach(element -> values.add(String.valueOf(element)));
        }
        return values;
    }

    private static String shownTo(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        String groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .collect(Collectors.joining(","));
        return groups.isEmpty() ? "queue" : groups;
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Task form data cannot be written as JSON", e);
        }
    }
}
