package io.escalationdesk.cases;

import java.util.List;

/** One page of a case search; {@code total} counts every match. */
public record CasePage(List<CaseRecord> items, int page, int size, long total) {}
