package io.escalationdesk.cases;

import java.util.List;

/**
 * One page of a case search. {@code total} counts the matches up to {@link
 * CaseRecords#COUNTED_UP_TO}; beyond it {@code totalIsExact} is false and there are more.
 */
public record CasePage(List<CaseRecord> items, int page, int size, long total, boolean totalIsExact) {}
