package io.escalationdesk.goodwill;

import io.escalationdesk.system.InvalidFieldException;
import java.math.BigDecimal;

/**
 * What an agent would grant.
 *
 * @param amount the credit, or the fee waived, in the account's currency; none for an exception
 * @param exception which exception, for {@link GoodwillKind#EXCEPTION}
 */
public record GoodwillRequest(GoodwillKind kind, BigDecimal amount, ExceptionKind exception, String reason) {

    /**
     * A request as a form gives it, the amount as text; an empty amount is none.
     *
     * @throws InvalidFieldException naming {@code goodwillAmount} for text that is no amount
     */
    public static GoodwillRequest of(GoodwillKind kind, String amount, ExceptionKind exception, String reason) {
        try {
            return new GoodwillRequest(
                    kind,
                    amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip()),
                    exception,
                    reason);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("goodwillAmount", "must be an amount");
        }
    }
}
