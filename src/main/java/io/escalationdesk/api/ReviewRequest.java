package io.escalationdesk.api;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.ReviewFilter;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;

/** The query parameters of the review's lists; every one optional. */
record ReviewRequest(
        @Parameter(example = "2026-11-01T00:00:00Z") Instant from,

        @Parameter(description = "the end, not included", example = "2026-12-01T00:00:00Z")
        Instant to,

        Trigger trigger,
        Category category,

        @Parameter(description = "where a lesson was noted; the level that resolved an answer's case")
        Level level) {

    ReviewFilter filter() {
        return new ReviewFilter(from, to, trigger, category, level);
    }
}
