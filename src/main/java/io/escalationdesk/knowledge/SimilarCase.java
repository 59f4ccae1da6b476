package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import java.time.Instant;
import java.util.List;

/**
 * A resolved case like the agent's, as the similarity index holds it: how it was resolved and
 * what the resolving agent wrote.
 *
 * @param resolvedAt the level that resolved it
 * @param resolutionLabel the resolution as agents read it (English; {@code /api/labels} has German)
 * @param note what the resolving agent wrote the customer was done
 * @param resolveElapsedSeconds from opening to resolution
 * @param resolveBusinessSeconds the same in the case's business time, without waiting for the
 *     customer (the KPI's time to resolve)
 * @param matchedWords the words of the agent's case that this one has too
 */
public record SimilarCase(
        String caseNumber,
        Level resolvedAt,
        ResolutionCode resolution,
        String resolutionLabel,
        String note,
        long resolveElapsedSeconds,
        long resolveBusinessSeconds,
        Instant closedAt,
        Category category,
        Trigger trigger,
        List<String> matchedWords) {}
