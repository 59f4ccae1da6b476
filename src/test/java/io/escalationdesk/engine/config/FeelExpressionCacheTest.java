package io.escalationdesk.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FEEL engine that parses once decides as Camunda's own: every deployed table, every
 * combination of the values its rules name plus one they do not, evaluated again from the cache.
 */
class FeelExpressionCacheTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final String UNNAMED = "A_VALUE_NO_RULE_NAMES";

    private final DmnEngine camundas =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnEngine parsingOnce = ((DefaultDmnEngineConfiguration)
                    DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
            .feelEngineFactory(new FeelExpressionCache())
            .buildEngine();

    static Stream<Path> decisionFiles() throws IOException {
        return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".dmn"));
    }

    @ParameterizedTest
    @MethodSource("decisionFiles")
    void decidesAsCamundasEngineForEveryCombination(Path file) throws IOException {
        List<DmnDecision> decisions = parse(camundas, file);
        List<DmnDecision> cached = parse(parsingOnce, file);
        int evaluated = 0;
        for (int d = 0; d < decisions.size(); d++) {
            for (Map<String, Object> input : combinations(decisions.get(d))) {
                Object expected =
                        camundas.evaluateDecision(decisions.get(d), input).getResultList();
                for (int time = 0; time < 2; time++) {
                    assertThat(parsingOnce
                                    .evaluateDecision(cached.get(d), input)
                                    .getResultList())
                            .as("%s with %s, evaluation %d", file, input, time + 1)
                            .isEqualTo(expected);
                }
                evaluated++;
            }
        }
        assertThat(evaluated).isGreaterThan(1);
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTime() {
        var feel = new FeelExpressionCache().createInstance();
        for (int time = 0; time < 2; time++) {
            assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests(
                            "\"BILLING\",, \"ACCOUNT\"",
                            "category",
                            Variables.createVariables()
                                    .putValue("category", "BILLING")
                                    .asVariableContext()))
                    .isInstanceOf(FeelException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1 + \"a\"",
                "assert(1, false)",
                "no such function(1)",
                "date(\"not a date\")",
                "undefined variable",
                "upper case(category)",
                "now() > null"
            })
    void oddExpressionsEndAsInCamundasEngine(String expression) {
        var camundas = new ScalaFeelEngine(List.of());
        var parsingOnce = new FeelExpressionCache().createInstance();
        var variables = Variables.createVariables().putValue("category", "billing");

        Object expected;
        try {
            expected = camundas.evaluateSimpleExpression(expression, variables.asVariableContext());
        } catch (FeelException failed) {
            expected = FeelException.class;
        }
        for (int time = 0; time < 2; time++) {
            Object actual;
            try {
                actual = parsingOnce.evaluateSimpleExpression(expression, variables.asVariableContext());
            } catch (FeelException failed) {
                actual = FeelException.class;
            }
            assertThat(actual).as(expression).isEqualTo(expected);
        }
    }

    @Test
    void theInputsNameStaysOutOfTheCachedExpression() {
        var feel = new FeelExpressionCache().createInstance();
        var variables =
                Variables.createVariables().putValue("category", "BILLING").putValue("priority", "LOW");

        assertThat(feel.evaluateSimpleUnaryTests("\"BILLING\"", "category", variables.asVariableContext()))
                .isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("\"BILLING\"", "priority", variables.asVariableContext()))
                .isFalse();
    }

    private static List<DmnDecision> parse(DmnEngine engine, Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return engine.parseDecisions(in);
        }
    }

    /** Every input column crossed with the literals its rules name, and one they do not. */
    private static List<Map<String, Object>> combinations(DmnDecision decision) {
        var table = (DmnDecisionTableImpl) decision.getDecisionLogic();
        List<Map<String, Object>> combinations = new ArrayList<>(List.of(new HashMap<>()));
        for (int column = 0; column < table.getInputs().size(); column++) {
            DmnDecisionTableInputImpl input = table.getInputs().get(column);
            String variable = input.getExpression().getExpression();
            Set<String> values = new LinkedHashSet<>();
            for (DmnDecisionTableRuleImpl rule : table.getRules()) {
                DmnExpressionImpl entry = rule.getConditions().get(column);
                Matcher literal = QUOTED.matcher(entry.getExpression() == null ? "" : entry.getExpression());
                while (literal.find()) {
                    values.add(literal.group(1));
                }
            }
            values.add(UNNAMED);
            List<Map<String, Object>> crossed = new ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (String value : values) {
                    Map<String, Object> next = new HashMap<>(partial);
                    next.put(variable, value);
                    crossed.add(next);
                }
            }
            combinations = crossed;
        }
        return combinations;
    }
}
