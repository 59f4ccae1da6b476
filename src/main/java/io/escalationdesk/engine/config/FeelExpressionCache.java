package io.escalationdesk.engine.config;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL engine, doing the work that does not depend on the case once.
 * Camunda's own engine parses every input expression and every rule's tests again on each
 * evaluation (camunda/feel-scala #1149) and builds its table of built-in functions again for each
 * of them: together half of the CPU of accepting a case. Parsed expressions depend on their text
 * only and the built-in functions on nothing, so both are kept; the interpreter is Camunda's.
 * It reads the FEEL engine's interpreter classes: FeelExpressionCacheTest compares its decisions
 * with Camunda's engine on every table, so an upgrade of feel-scala that changes them shows.
 */
@Component
public class FeelExpressionCache extends AbstractProcessEnginePlugin implements FeelEngineFactory {

    /** Far above the expressions of every deployed table, so redeploying them never thrashes. */
    static final int MAXIMUM_EXPRESSIONS = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getDmnEngineConfiguration() == null) {
            configuration.setDmnEngineConfiguration(new DefaultDmnEngineConfiguration());
        }
        configuration.getDmnEngineConfiguration().setFeelEngineFactory(this);
    }

    @Override
    public FeelEngine createInstance() {
        return new ParsingOnce();
    }

    /** {@link ScalaFeelEngine}'s evaluation from kept parsed expressions and built-in functions. */
    static final class ParsingOnce extends ScalaFeelEngine {

        private final Cache<String, Either<Failure, ParsedExpression>> expressions =
                Caffeine.newBuilder().maximumSize(MAXIMUM_EXPRESSIONS).build();
        private final Cache<String, Either<Failure, ParsedExpression>> unaryTests =
                Caffeine.newBuilder().maximumSize(MAXIMUM_EXPRESSIONS).build();

        private final FeelInterpreter interpreter = new FeelInterpreter(feelEngine.valueMapper());
        private final FunctionProvider functions = new CompositeFunctionProvider(toScalaList(
                new BuiltinFunctions(feelEngine.clock(), feelEngine.valueMapper()), feelEngine.functionProvider()));

        ParsingOnce() {
            super(List.of());
        }

        @Override
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            @SuppressWarnings("unchecked")
            T value = (T) evaluate(
                    expressions, expression, feelEngine::parseExpression, new ContextVariableWrapper(variables));
            return value;
        }

        /** As Camunda's: the input's name under FEEL's input variable, then the table's variables. */
        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            VariableProvider input = new StaticVariableProvider(new Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
            Object satisfied = evaluate(
                    unaryTests,
                    expression,
                    feelEngine::parseUnaryTests,
                    new CompositeVariableProvider(toScalaList(input, new ContextVariableWrapper(variables))));
            return Boolean.TRUE.equals(satisfied);
        }

        private Object evaluate(
                Cache<String, Either<Failure, ParsedExpression>> parsed,
                String expression,
                Function<String, Either<Failure, ParsedExpression>> parse,
                VariableProvider variables) {
            Either<Failure, ParsedExpression> ready = parsed.get(expression, parse);
            if (ready instanceof Left<Failure, ParsedExpression> failure) {
                throw LOGGER.evaluationException(failure.value().message());
            }
            // as FeelEngine.evaluate, with a new failure collector each time
            EvalContext context = EvalContext.create(feelEngine.valueMapper(), functions)
                    .merge(new CustomContext() {
                        @Override
                        public VariableProvider variableProvider() {
                            return variables;
                        }
                    });
            Val value = interpreter.eval(
                    ((Right<Failure, ParsedExpression>) ready).value().expression(), context);
            var failedAssertion = context.failureCollector()
                    .failures()
                    .find(failure -> failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$);
            if (failedAssertion.isDefined()) {
                throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + expression + "': "
                        + failedAssertion.get().failureMessage());
            }
            if (value instanceof ValError error) {
                throw LOGGER.evaluationException(failed(expression, error.error()));
            }
            if (value instanceof ValFatalError error) {
                throw LOGGER.evaluationException(failed(expression, error.error()));
            }
            return feelEngine.valueMapper().unpackVal(value);
        }

        private static String failed(String expression, String error) {
            return "failed to evaluate expression '" + expression + "': " + error;
        }
    }
}
