package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.engine.config.FeelExpressionCache;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.sla.SlaCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/** SlaCalendar.dmn: which calendar a case's SLA time counts in. */
class SlaCalendarDecisionTest {

    private static final DmnEngine dmn = ((DefaultDmnEngineConfiguration)
                    DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
            .feelEngineFactory(new FeelExpressionCache())
            .buildEngine();
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        try (InputStream file = decisionFile()) {
            decision = dmn.parseDecision(CustomerEscalationProcess.SLA_CALENDAR_DECISION_KEY, file);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
      URGENT, STANDARD, 24x7
      URGENT, VIP,      24x7
      LOW,    VIP,      24x7
      HIGH,   STANDARD, standard
      NORMAL, STANDARD, standard
      """)
    void urgentCasesAndVipCustomersRunAroundTheClock(String priority, String segment, String calendar) {
        assertThat(dmn.evaluateDecisionTable(decision, Map.of("priority", priority, "customerSegment", segment))
                        .getSingleEntry()
                        .toString())
                .isEqualTo(calendar);
    }

    /** A calendar the table names but nobody configured would stop every such case's timers. */
    @Test
    void everyCalendarTheDecisionChoosesIsConfigured() throws IOException {
        Set<String> chosen = new HashSet<>();
        try (InputStream file = decisionFile()) {
            Dmn.readModelFromStream(file)
                    .getModelElementsByType(OutputEntry.class)
                    .forEach(entry ->
                            chosen.add(entry.getTextContent().replace("\"", "").trim()));
        }

        assertThat(chosen).isNotEmpty().isSubsetOf(configuredCalendars());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> configuredCalendars() throws IOException {
        try (InputStream yaml = SlaCalendarDecisionTest.class.getResourceAsStream("/application.yaml")) {
            Map<String, Object> settings = new Yaml().load(yaml);
            var sla = (Map<String, Object>) ((Map<String, Object>) settings.get("escalation")).get("sla");
            Set<String> names = new HashSet<>(((Map<String, Object>) sla.get("calendars")).keySet());
            names.add(SlaCalendar.ALWAYS_NAME);
            return names;
        }
    }

    private static InputStream decisionFile() {
        return SlaCalendarDecisionTest.class.getResourceAsStream("/processes/SlaCalendar.dmn");
    }
}
