package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import java.time.Instant;

/**
 * A knowledge article: plain text agents read to resolve a concern without escalating it; the
 * row in {@code knowledge_article}.
 *
 * @param lessonId the adopted lesson it was drafted from; none when written by hand
 * @param publishedAt when it was first published; none for a draft
 */
public record Article(
        long id,
        String title,
        String body,
        Category category,
        Trigger trigger,
        Language language,
        ArticleStatus status,
        Long lessonId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt) {}
