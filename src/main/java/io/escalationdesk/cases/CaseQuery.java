package io.escalationdesk.cases;

import io.escalationdesk.escalation.Level;
import java.time.Instant;

/**
 * A search over the case records; every criterion is optional and they combine with AND.
 *
 * @param name words that each begin a word of the customer's name, whatever their case, accents
 *     and umlauts
 * @param text words that must all occur in the description
 * @param sort one of {@link CaseRecords#SORTABLE}
 * @param partner only the cases this partner has now; none: every case
 */
public record CaseQuery(
        String customerId,
        String name,
        String email,
        String phone,
        String caseNumber,
        CaseStatus status,
        Level level,
        Category category,
        Priority priority,
        Instant openedFrom,
        Instant openedTo,
        String text,
        int page,
        int size,
        String sort,
        boolean descending,
        String partner) {}
