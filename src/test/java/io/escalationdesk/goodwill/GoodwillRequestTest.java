package io.escalationdesk.goodwill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.system.InvalidFieldException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A goodwill request as a form gives it: the amount as text. */
class GoodwillRequestTest {

    @Test
    void anAmountIsReadAsADecimal() {
        assertThat(GoodwillRequest.of(GoodwillKind.CREDIT, " 25.50 ", null, "Late delivery")
                        .amount())
                .isEqualByComparingTo(new BigDecimal("25.50"));
    }

    @ParameterizedTest(name = "amount \"{0}\" is none")
    @NullSource
    @ValueSource(strings = {"", " "})
    void anEmptyAmountIsNone(String amount) {
        assertThat(GoodwillRequest.of(GoodwillKind.EXCEPTION, amount, ExceptionKind.values()[0], "Loyal")
                        .amount())
                .isNull();
    }

    @Test
    void textThatIsNoAmountIsRefusedNamingTheField() {
        assertThatThrownBy(() -> GoodwillRequest.of(GoodwillKind.CREDIT, "twenty", null, "Late delivery"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("goodwillAmount"));
    }
}
