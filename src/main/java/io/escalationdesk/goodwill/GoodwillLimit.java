package io.escalationdesk.goodwill;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The most one level may grant a customer of a segment about a category, as the process owners'
 * table GoodwillLimits.dmn says.
 *
 * @param maxCredit the largest credit, in the account's currency
 * @param maxFeeWaiver the largest fee the level may waive
 */
public record GoodwillLimit(BigDecimal maxCredit, BigDecimal maxFeeWaiver, Set<ExceptionKind> exceptions) {

    public static final GoodwillLimit NONE = new GoodwillLimit(BigDecimal.ZERO, BigDecimal.ZERO, Set.of());

    public boolean covers(GoodwillRequest request) {
        return switch (request.kind()) {
            case CREDIT -> request.amount().compareTo(maxCredit) <= 0;
            case FEE_WAIVER -> request.amount().compareTo(maxFeeWaiver) <= 0;
            case EXCEPTION -> exceptions.contains(request.exception());
        };
    }
}
