package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.engine.config.FeelExpressionCache;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GoodwillLimits.dmn, one row per rule: an input that reaches the rule and the limit it sets. */
class GoodwillLimitsTest {

    private static DmnDecision limits;
    private static String matchedRule;
    private static DmnEngine dmn;

    @BeforeAll
    static void parseLimits() throws IOException {
        var configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // the FEEL engine the process engine evaluates with
        configuration.feelEngineFactory(new FeelExpressionCache());
        configuration.customPostDecisionTableEvaluationListeners(
                List.of(event -> matchedRule = ((DmnDecisionTableEvaluationEvent) event)
                        .getMatchingRules().stream()
                                .map(DmnEvaluatedDecisionRule::getId)
                                .findFirst()
                                .orElse(null)));
        dmn = configuration.buildEngine();
        try (InputStream file = limitsFile()) {
            limits = dmn.parseDecision(GoodwillApprovalProcess.LIMITS_DECISION_KEY, file);
        }
    }

    @ParameterizedTest(name = "{1} {2} {3} -> {0}")
    @CsvSource(textBlock = """
      # rule,                  level,      segment,  category,  credit, fee,    exceptions
      Rule_Tier1Standard,      TIER1,      STANDARD, BILLING,   20.0,   15.0,   ''
      Rule_Tier1Vip,           TIER1,      VIP,      GENERAL,   50.0,   30.0,   EXTENDED_RETURN
      Rule_Tier2Standard,      TIER2,      STANDARD, ACCOUNT,   100.0,  50.0,   EXTENDED_RETURN
      Rule_Tier2Vip,           TIER2,      VIP,      COMPLAINT, 250.0,  100.0,  EXTENDED_RETURN
      Rule_Supervisor,         SUPERVISOR, STANDARD, TECHNICAL, 500.0,  200.0,  'EXTENDED_RETURN,CONTRACT_EXIT'
      Rule_Management,         MANAGEMENT, VIP,      BILLING,   5000.0, 1000.0, 'EXTENDED_RETURN,CONTRACT_EXIT,DEVICE_REPLACEMENT'
      Rule_BillingBilling,     BILLING,    STANDARD, BILLING,   300.0,  200.0,  CONTRACT_EXIT
      Rule_TechnicalTechnical, TECHNICAL,  VIP,      TECHNICAL, 0.0,    0.0,    DEVICE_REPLACEMENT
      Rule_Nothing,            BILLING,    VIP,      TECHNICAL, 0.0,    0.0,    ''
      """)
    void setsTheLimitPerRule(
            String rule, String level, String segment, String category, double credit, double fee, String exceptions) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(
                        limits, Map.of("level", level, "customerSegment", segment, "category", category))
                .getSingleResult();

        assertThat(matchedRule).isEqualTo(rule);
        assertThat(result.getEntryMap())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("maxCredit", credit, "maxFeeWaiver", fee, "exceptions", exceptions));
    }

    @Test
    void everyRuleHasARowAbove() throws IOException {
        try (InputStream file = limitsFile()) {
            assertThat(Dmn.readModelFromStream(file).getModelElementsByType(Rule.class))
                    .hasSize(9);
        }
    }

    private static InputStream limitsFile() {
        return GoodwillLimitsTest.class.getResourceAsStream("/processes/GoodwillLimits.dmn");
    }
}
