package io.escalationdesk.engine.port;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.insight.PolicyRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/** The annotations of the latest deployed EscalationPolicy, read once per deployed version. */
@Component
class DeployedPolicyRules implements PolicyRules {

    private final RepositoryService repository;
    private final Map<String, Map<String, String>> descriptionsByDefinition = new ConcurrentHashMap<>();

    DeployedPolicyRules(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, String> descriptions() {
        var latest = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(CustomerEscalationProcess.POLICY_DECISION_KEY)
                .latestVersion()
                .singleResult();
        return latest == null
                ? Map.of()
                : descriptionsByDefinition.computeIfAbsent(latest.getId(), this::descriptionsOf);
    }

    private Map<String, String> descriptionsOf(String decisionDefinitionId) {
        return repository.getDmnModelInstance(decisionDefinitionId).getModelElementsByType(Rule.class).stream()
                .filter(rule -> rule.getDescription() != null)
                .collect(Collectors.toMap(
                        Rule::getId, rule -> rule.getDescription().getTextContent()));
    }
}
