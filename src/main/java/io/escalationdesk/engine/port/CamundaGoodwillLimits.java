package io.escalationdesk.engine.port;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.goodwill.ExceptionKind;
import io.escalationdesk.goodwill.GoodwillLimit;
import io.escalationdesk.goodwill.GoodwillLimits;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** GoodwillLimits.dmn as deployed: the version process owners last deployed from Modeler. */
@Component
class CamundaGoodwillLimits implements GoodwillLimits {

    private final DecisionService decisions;

    CamundaGoodwillLimits(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public GoodwillLimit of(Level level, CustomerSegment segment, Category category) {
        var result = decisions.evaluateDecisionTableByKey(
                GoodwillApprovalProcess.LIMITS_DECISION_KEY,
                Variables.fromMap(
                        Map.of("level", level.name(), "customerSegment", segment.name(), "category", category.name())));
        if (result.isEmpty()) {
            return GoodwillLimit.NONE;
        }
        var limit = result.getSingleResult();
        String exceptions = limit.getEntry("exceptions");
        return new GoodwillLimit(
                amount(limit.getEntry("maxCredit")),
                amount(limit.getEntry("maxFeeWaiver")),
                exceptions == null || exceptions.isBlank()
                        ? Set.of()
                        : Arrays.stream(exceptions.split(","))
                                .map(String::strip)
                                .map(ExceptionKind::valueOf)
                                .collect(Collectors.toUnmodifiableSet()));
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
