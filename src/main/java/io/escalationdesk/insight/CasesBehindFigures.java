package io.escalationdesk.insight;

import io.escalationdesk.cases.CasePage;
import io.escalationdesk.cases.CaseRecords;
import org.springframework.stereotype.Service;

/** The click from a figure to its cases: the cases of the period a figure counts, newest first. */
@Service
public class CasesBehindFigures {

    /** The cases behind a figure: which of the cases opened in the period it counts. */
    public enum Selection {
        OPENED,
        ESCALATED,
        BREACHED,
        AVOIDABLE,
        FIRST_CONTACT_RESOLVED,
        REPEAT_CONTACT,
        /** Escalated, then resolved above Tier 1 as Tier 1 could have (escalation.insight). */
        PUSH_DOWN
    }

    private final InsightQueries queries;
    private final CaseRecords records;

    CasesBehindFigures(InsightQueries queries, CaseRecords records) {
        this.queries = queries;
        this.records = records;
    }

    /** A page of the cases a figure counts, newest first. */
    public CasePage cases(InsightFilter filter, Selection selection, int page, int size) {
        return new CasePage(
                records.findAll(queries.caseNumbers(filter, selection, page, size)),
                page,
                size,
                queries.caseCount(filter, selection),
                true);
    }
}
