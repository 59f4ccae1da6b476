package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.engine.config.FeelExpressionCache;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
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

/** EscalationPolicy.dmn, one row per rule: an input that reaches the rule and what it decides. */
class EscalationPolicyTest {

    private static DmnEngine dmn;
    private static DmnDecision policy;
    private static String matchedRule;

    @BeforeAll
    static void parsePolicy() throws IOException {
        var configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // the FEEL engine the process engine evaluates with
        configuration.feelEngineFactory(new FeelExpressionCache());
        configuration.customPostDecisionTableEvaluationListeners(
                List.of(event -> matchedRule = firstMatch((DmnDecisionTableEvaluationEvent) event)));
        dmn = configuration.buildEngine();
        try (InputStream file = policyFile()) {
            policy = dmn.parseDecision(CustomerEscalationProcess.POLICY_DECISION_KEY, file);
        }
    }

    @ParameterizedTest(name = "{0}: {3} {2} {1} {4} via {5} -> {6}")
    @CsvSource(textBlock = """
      # rule,                          category,  priority, trigger,                       segment,  channel, entry,      department, tier1, tier2, supervisor, management, dept, avoidable, first response, consult, partner
      Rule_VipAsksForSupervisor,       GENERAL,   NORMAL,   CUSTOMER_REQUESTED_SUPERVISOR, VIP,      PHONE,   SUPERVISOR, NONE,      PT1H,  PT2H,  PT1H,       PT4H,       PT8H, false, PT15M, PT15M, ''
      Rule_CustomerAsksForSupervisor,  ACCOUNT,   LOW,      CUSTOMER_REQUESTED_SUPERVISOR, STANDARD, CHAT,    SUPERVISOR, NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, ''
      Rule_UrgentVipCase,              GENERAL,   URGENT,   COMPLEX_ISSUE,                 VIP,      PHONE,   TIER2,      NONE,      PT1H,  PT2H,  PT1H,       PT4H,       PT8H, false, PT15M, PT15M, ''
      Rule_UrgentOrHighBillingDispute, BILLING,   HIGH,     BILLING_DISPUTE,               STANDARD, EMAIL,   TIER2,      BILLING,   PT1H,  PT2H,  PT1H,       PT4H,       PT8H, false, PT15M, PT15M, ''
      Rule_BillingDispute,             BILLING,   NORMAL,   BILLING_DISPUTE,               VIP,      PHONE,   TIER1,      BILLING,   PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, ''
      Rule_UrgentTechnicalFault,       TECHNICAL, URGENT,   TECHNICAL_FAULT,               STANDARD, PHONE,   TIER2,      TECHNICAL, PT1H,  PT2H,  PT1H,       PT4H,       PT8H, false, PT15M, PT15M, ''
      Rule_TechnicalFault,             TECHNICAL, NORMAL,   TECHNICAL_FAULT,               VIP,      SMS,     TIER2,      TECHNICAL, PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, ''
      Rule_ComplexTechnicalIssue,      TECHNICAL, HIGH,     COMPLEX_ISSUE,                 STANDARD, CHAT,    TIER2,      TECHNICAL, PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, ''
      Rule_ComplexBillingIssue,        BILLING,   LOW,      COMPLEX_ISSUE,                 STANDARD, EMAIL,   TIER2,      BILLING,   PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, ''
      Rule_OtherComplexIssueAtPartner, ACCOUNT,   NORMAL,   COMPLEX_ISSUE,                 STANDARD, PHONE,   TIER2,      NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, acme
      Rule_DissatisfiedWithComplaint,  COMPLAINT, NORMAL,   CUSTOMER_DISSATISFIED,         STANDARD, SOCIAL,  SUPERVISOR, NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, true, PT1H, PT30M, ''
      Rule_DissatisfiedCustomer,       GENERAL,   HIGH,     CUSTOMER_DISSATISFIED,         VIP,      PHONE,   TIER2,      NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, true, PT1H, PT30M, ''
      Rule_RepeatContactOnSocialMedia, GENERAL,   NORMAL,   REPEAT_CONTACT,                STANDARD, SOCIAL,  SUPERVISOR, NONE,      PT1H,  PT2H,  PT1H,       PT4H,       PT8H, true, PT15M, PT15M, ''
      Rule_RepeatContact,              ACCOUNT,   LOW,      REPEAT_CONTACT,                VIP,      EMAIL,   TIER2,      NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, true, PT1H, PT30M, ''
      Rule_UrgentOrHighDelayedCase,    GENERAL,   URGENT,   RESOLUTION_DELAYED,            STANDARD, CHAT,    TIER2,      NONE,      PT1H,  PT2H,  PT1H,       PT4H,       PT8H, true, PT15M, PT15M, ''
      Rule_DelayedVipCase,             COMPLAINT, LOW,      RESOLUTION_DELAYED,            VIP,      PHONE,   TIER2,      NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, true, PT1H, PT30M, ''
      Rule_DelayedBillingCase,         BILLING,   NORMAL,   RESOLUTION_DELAYED,            STANDARD, SMS,     TIER1,      BILLING,   PT1H,  PT2H,  PT1H,       PT4H,       PT8H, true, PT15M, PT15M, ''
      Rule_DelayedCase,                GENERAL,   NORMAL,   RESOLUTION_DELAYED,            STANDARD, PHONE,   TIER1,      NONE,      PT1H,  PT2H,  PT1H,       PT4H,       PT8H, true, PT15M, PT15M, ''
      Rule_SafetyNet,                  GENERAL,   NORMAL,   A_TRIGGER_NOT_YET_IN_POLICY,   STANDARD, PHONE,   TIER1,      NONE,      PT4H,  PT8H,  PT4H,       PT10H,      PT20H, false, PT1H, PT30M, ''
      """)
    void decidesPerRule(
            String rule,
            String category,
            String priority,
            String trigger,
            String segment,
            String channel,
            String entryLevel,
            String department,
            String tier1Sla,
            String tier2Sla,
            String supervisorSla,
            String managementSla,
            String departmentSla,
            boolean avoidable,
            String firstResponseSla,
            String consultSla,
            String partner) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(
                        policy,
                        Map.of(
                                "category", category,
                                "priority", priority,
                                "trigger", trigger,
                                "customerSegment", segment,
                                "channel", channel))
                .getSingleResult();

        assertThat(matchedRule).isEqualTo(rule);
        assertThat(result.getEntryMap())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("entryLevel", entryLevel),
                        Map.entry("department", department),
                        Map.entry("tier1Sla", tier1Sla),
                        Map.entry("tier2Sla", tier2Sla),
                        Map.entry("supervisorSla", supervisorSla),
                        Map.entry("managementSla", managementSla),
                        Map.entry("departmentSla", departmentSla),
                        Map.entry("avoidable", avoidable),
                        Map.entry("firstResponseSla", firstResponseSla),
                        Map.entry("consultSla", consultSla),
                        Map.entry("partner", partner)));
    }

    @Test
    void everyRuleHasARowAbove() throws IOException {
        try (InputStream file = policyFile()) {
            assertThat(Dmn.readModelFromStream(file).getModelElementsByType(Rule.class))
                    .hasSize(19);
        }
    }

    private static InputStream policyFile() {
        return EscalationPolicyTest.class.getResourceAsStream("/processes/EscalationPolicy.dmn");
    }

    private static String firstMatch(DmnDecisionTableEvaluationEvent event) {
        return event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId)
                .findFirst()
                .orElse(null);
    }
}
