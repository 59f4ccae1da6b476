package io.escalationdesk.engine.config;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.POLICY_RULE;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which rule of the escalation policy routed the case: the decision's result holds its outputs
 * only, so the rule's id is handed to "Route case" as a transient variable of the case being
 * routed. The KPIs name the rule behind their push-down candidates with it.
 */
@Component
class MatchedPolicyRule extends AbstractProcessEnginePlugin implements DmnDecisionTableEvaluationListener {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        List<DmnDecisionTableEvaluationListener> listeners =
                new ArrayList<>(dmn.getCustomPostDecisionTableEvaluationListeners());
        listeners.add(this);
        dmn.setCustomPostDecisionTableEvaluationListeners(listeners);
        configuration.setDmnEngineConfiguration(dmn);
    }

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
        // internal API: the one place that knows which case a business rule task evaluates for
        BpmnExecutionContext routing = Context.getBpmnExecutionContext();
        if (routing != null
                && CustomerEscalationProcess.POLICY_DECISION_KEY.equals(
                        event.getDecision().getKey())
                && !event.getMatchingRules().isEmpty()) {
            routing.getExecution()
                    .setVariable(
                            POLICY_RULE,
                            Variables.stringValue(
                                    event.getMatchingRules().get(0).getId(), true));
        }
    }
}
