package io.escalationdesk.goodwill;

import java.math.BigDecimal;

/**
 * What an agent would grant.
 *
 * @param amount the credit, or the fee waived, in the account's currency; none for an exception
 * @param exception which exception, for {@link GoodwillKind#EXCEPTION}
 */
public record GoodwillRequest(GoodwillKind kind, BigDecimal amount, ExceptionKind exception, String reason) {}
