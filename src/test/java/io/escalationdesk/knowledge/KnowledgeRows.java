package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases as the process leaves them, written straight into their tables for the knowledge tests. */
class KnowledgeRows {

    static final Instant NOW = Instant.parse("2026-11-30T08:15:00Z");

    private final CaseRecords records;
    private final JdbcClient jdbc;

    KnowledgeRows(CaseRecords records, JdbcClient jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    /** A case being worked at Tier 1. */
    CaseRecord open(
            String caseNumber,
            String customerId,
            Language language,
            Category category,
            Trigger trigger,
            String description) {
        CaseRecord record = record(caseNumber, customerId, language, category, trigger, description, null, NOW);
        records.insert(record, null);
        fact(record);
        return record;
    }

    /** A case resolved {@code daysAgo} at the level, with the agent's note. */
    CaseRecord resolved(
            String caseNumber,
            Language language,
            Category category,
            Trigger trigger,
            String description,
            Level level,
            ResolutionCode resolution,
            String note,
            long daysAgo,
            String partner) {
        Instant closedAt = NOW.minus(Duration.ofDays(daysAgo));
        Instant openedAt = closedAt.minus(Duration.ofHours(26));
        CaseRecord record =
                record(caseNumber, "C-" + caseNumber, language, category, trigger, description, closedAt, openedAt);
        records.insert(record, null);
        records.noteResolution(caseNumber, note);
        fact(record);
        jdbc.sql("""
            update case_fact set closed_at = :closedAt, closed_event = 'RESOLVED', resolved_level = :level,
              resolution_code = :resolution, resolve_elapsed_seconds = 93600, resolve_business_seconds = 36000
            where case_number = :caseNumber""")
                .param("closedAt", Timestamp.from(closedAt))
                .param("level", level.name())
                .param("resolution", resolution.name())
                .param("caseNumber", caseNumber)
                .update();
        jdbc.sql("""
            insert into case_level_visit (case_number, opened_day, opened_week, channel, category,
              escalation_trigger, priority, customer_segment, level, entered_at, entered_event, partner,
              left_at, left_event)
            values (:caseNumber, :day, :day, 'PHONE', :category, :trigger, 'NORMAL', 'STANDARD', :level,
              :openedAt, 'ROUTED', :partner, :closedAt, 'RESOLVED')""")
                .param("caseNumber", caseNumber)
                .param("day", LocalDate.ofInstant(openedAt, ZoneOffset.UTC))
                .param("category", category.name())
                .param("trigger", trigger.name())
                .param("level", level.name())
                .param("openedAt", Timestamp.from(openedAt))
                .param("partner", partner)
                .param("closedAt", Timestamp.from(closedAt))
                .update();
        return record;
    }

    void article(
            long id,
            String status,
            Language language,
            Category category,
            Trigger trigger,
            String title,
            String body,
            Instant changedAt) {
        jdbc.sql("""
            insert into knowledge_article (id, title, body, category, escalation_trigger, language, status,
              created_at, created_by, updated_at, updated_by, published_at)
            values (:id, :title, :body, :category, :trigger, :language, :status, :at, 'supervisor',
              :at, 'supervisor', :publishedAt)""")
                .param("id", id)
                .param("title", title)
                .param("body", body)
                .param("category", category.name())
                .param("trigger", trigger.name())
                .param("language", language.name())
                .param("status", status)
                .param("at", Timestamp.from(changedAt))
                .param("publishedAt", status.equals("PUBLISHED") ? Timestamp.from(changedAt) : null)
                .update();
    }

    /** A supervisor takes a published article back to draft. */
    void withdraw(long id, Instant at) {
        jdbc.sql("update knowledge_article set status = 'DRAFT', updated_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    private void fact(CaseRecord record) {
        LocalDate day = LocalDate.ofInstant(record.openedAt(), ZoneOffset.UTC);
        jdbc.sql("""
            insert into case_fact (case_number, opened_at, opened_day, opened_week, channel, category,
              escalation_trigger, priority, customer_segment)
            values (?, ?, ?, ?, 'PHONE', ?, ?, 'NORMAL', 'STANDARD')""")
                .params(
                        record.caseNumber(),
                        Timestamp.from(record.openedAt()),
                        day,
                        day,
                        record.category().name(),
                        record.trigger().name())
                .update();
    }

    private static CaseRecord record(
            String caseNumber,
            String customerId,
            Language language,
            Category category,
            Trigger trigger,
            String description,
            Instant closedAt,
            Instant openedAt) {
        return new CaseRecord(
                caseNumber,
                customerId,
                "Jane Doe",
                "jane.doe@example.com",
                null,
                ContactChannel.EMAIL,
                Channel.PHONE,
                category,
                Priority.NORMAL,
                trigger,
                CustomerSegment.STANDARD,
                description,
                null,
                closedAt == null ? CaseStatus.OPEN : CaseStatus.CLOSED,
                closedAt == null ? Level.TIER1 : Level.CLOSED,
                null,
                openedAt,
                closedAt,
                null,
                language,
                false);
    }
}
