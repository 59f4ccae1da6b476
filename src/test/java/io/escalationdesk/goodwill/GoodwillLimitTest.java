package io.escalationdesk.goodwill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A level's limit covers a credit or a fee waiver up to its amount, and the exceptions it names. */
class GoodwillLimitTest {

    private static final GoodwillLimit LIMIT =
            new GoodwillLimit(new BigDecimal("50.00"), new BigDecimal("20"), Set.of(ExceptionKind.EXTENDED_RETURN));

    @Test
    void aCreditUpToTheLimitIsCoveredAndACentMoreIsNot() {
        assertThat(LIMIT.covers(credit("50"))).isTrue();
        assertThat(LIMIT.covers(credit("50.01"))).isFalse();
    }

    @Test
    void aFeeWaiverHasItsOwnLimit() {
        assertThat(LIMIT.covers(
                        new GoodwillRequest(GoodwillKind.FEE_WAIVER, new BigDecimal("20.00"), null, "late fee")))
                .isTrue();
        assertThat(LIMIT.covers(new GoodwillRequest(GoodwillKind.FEE_WAIVER, new BigDecimal("30"), null, "late fee")))
                .isFalse();
    }

    @Test
    void anExceptionIsCoveredOnlyWhenTheLimitNamesIt() {
        assertThat(LIMIT.covers(exception(ExceptionKind.EXTENDED_RETURN))).isTrue();
        assertThat(LIMIT.covers(exception(ExceptionKind.CONTRACT_EXIT))).isFalse();
    }

    @Test
    void whereTheTableNamesNoLimitNothingIsCovered() {
        assertThat(GoodwillLimit.NONE.covers(credit("0.01"))).isFalse();
        assertThat(GoodwillLimit.NONE.covers(exception(ExceptionKind.EXTENDED_RETURN)))
                .isFalse();
    }

    private static GoodwillRequest credit(String amount) {
        return new GoodwillRequest(GoodwillKind.CREDIT, new BigDecimal(amount), null, "charged twice");
    }

    private static GoodwillRequest exception(ExceptionKind kind) {
        return new GoodwillRequest(GoodwillKind.EXCEPTION, null, kind, "loyal customer");
    }
}
