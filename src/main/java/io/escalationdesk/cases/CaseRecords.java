package io.escalationdesk.cases;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.DatabaseVendor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code escalation_case} table: searches run on its indexes, never on process variables. */
@Repository
public class CaseRecords {

    /** The API's sort keys and their columns. */
    public static final Map<String, String> SORTABLE = Map.of(
            "openedAt", "opened_at",
            "caseNumber", "case_number",
            "priority", "priority",
            "level", "level",
            "status", "status");

    private static final String COLUMNS = """
      case_number, customer_id, customer_name, customer_email, customer_phone, preferred_channel,
      channel, category, priority, escalation_trigger, customer_segment, description,
      external_reference, status, level, partner, opened_at, closed_at, linked_case_number, language,
      notification_opt_out""";

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;
    private final boolean postgres;

    CaseRecords(JdbcClient jdbc, PhoneNumbers phones, DatabaseVendor database) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.postgres = database.isPostgreSQL();
    }

    /** A new case, with the process that works it. */
    public void insert(CaseRecord record, String processInstanceId) {
        jdbc.sql("insert into escalation_case (" + COLUMNS + """
            , process_instance_id, customer_name_key) values (:caseNumber, :customerId,
              :customerName, :customerEmail, :customerPhone, :preferredChannel, :channel,
              :category, :priority, :trigger, :customerSegment, :description, :externalReference,
              :status, :level, :partner, :openedAt, :closedAt, :linkedCaseNumber, :language,
              :notificationOptOut, :processInstanceId, :customerNameKey)""")
                .param("caseNumber", record.caseNumber())
                .param("customerId", record.customerId())
                .param("customerName", record.customerName())
                .param("customerEmail", CaseRecord.normalizeEmail(record.customerEmail()))
                .param("customerPhone", phones.stored(record.customerPhone()))
                .param("preferredChannel", record.preferredContactChannel().name())
                .param("channel", record.channel().name())
                .param("category", record.category().name())
                .param("priority", record.priority().name())
                .param("trigger", record.trigger().name())
                .param("customerSegment", record.customerSegment().name())
                .param("description", record.description())
                .param("externalReference", record.externalReference())
                .param("status", record.status().name())
                .param("level", record.level() == null ? null : record.level().name())
                .param("partner", record.partner())
                .param("openedAt", Timestamp.from(record.openedAt()))
                .param("closedAt", record.closedAt() == null ? null : Timestamp.from(record.closedAt()))
                .param("linkedCaseNumber", record.linkedCaseNumber())
                .param("language", record.language().name())
                .param("notificationOptOut", record.notificationOptOut())
                .param("processInstanceId", processInstanceId)
                .param("customerNameKey", CustomerNames.searchKey(record.customerName()))
                .update();
    }

    public Optional<CaseRecord> find(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from escalation_case where case_number = ?")
                .param(caseNumber)
                .query(CaseRecords::caseRecord)
                .optional();
    }

    /** The cases with these numbers, in the order given; a number without a case is left out. */
    public List<CaseRecord> findAll(List<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        Map<String, CaseRecord> byNumber = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from escalation_case where case_number in (:numbers)")
                .param("numbers", caseNumbers)
                .query(CaseRecords::caseRecord)
                .list()
                .forEach(record -> byNumber.put(record.caseNumber(), record));
        return caseNumbers.stream().map(byNumber::get).filter(Objects::nonNull).toList();
    }

    public Optional<String> processInstanceOf(String caseNumber) {
        return jdbc.sql("select process_instance_id from escalation_case where case_number = ?")
                .param(caseNumber)
                .query(String.class)
                .optional();
    }

    /** Where the case is now; a case at {@link Level#CLOSED} is closed. */
    public void moveTo(String caseNumber, Level level, Instant at) {
        boolean closed = level == Level.CLOSED;
        jdbc.sql("""
            update escalation_case set level = :level, status = :status, closed_at = :closedAt
            where case_number = :caseNumber""")
                .param("level", level.name())
                .param("status", (closed ? CaseStatus.CLOSED : CaseStatus.OPEN).name())
                .param("closedAt", closed ? Timestamp.from(at) : null)
                .param("caseNumber", caseNumber)
                .update();
    }

    /** What the resolving agent said was done: the similar-case suggestions show it to the next agent. */
    public void noteResolution(String caseNumber, String note) {
        jdbc.sql("update escalation_case set resolution_note = ? where case_number = ?")
                .params(note, caseNumber)
                .update();
    }

    /** The partner team that has the case now; none when the call center's own people have it. */
    public void heldBy(String caseNumber, String partner) {
        jdbc.sql("update escalation_case set partner = ? where case_number = ?")
                .params(partner, caseNumber)
                .update();
    }

    /** The partner team that has the case now, if one has. */
    public Optional<String> partnerOf(String caseNumber) {
        return jdbc
                .sql("select partner from escalation_case where case_number = ?")
                .param(caseNumber)
                .query((row, n) -> Optional.ofNullable(row.getString(1)))
                .list()
                .stream()
                .findFirst()
                .flatMap(partner -> partner);
    }

    /** How the customer wants to hear from us; the next message follows it. */
    public void updatePreferences(
            String caseNumber, ContactChannel preferredChannel, Language language, boolean optOut) {
        jdbc.sql("""
            update escalation_case
            set preferred_channel = ?, language = ?, notification_opt_out = ?
            where case_number = ?""")
                .params(preferredChannel.name(), language.name(), optOut, caseNumber)
                .update();
    }

    /**
     * Matches counted for a page, at most: counting every one of a million closed cases took a
     * quarter of a second on each page, for a number nobody pages through.
     */
    public static final int COUNTED_UP_TO = 10_000;

    public CasePage search(CaseQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        equal(conditions, params, "customer_id", query.customerId());
        equal(conditions, params, "customer_email", CaseRecord.normalizeEmail(query.email()));
        equal(conditions, params, "customer_phone", phones.stored(query.phone()));
        // case numbers are upper case (ESC-2026-000123); people type them as they like
        equal(
                conditions,
                params,
                "case_number",
                query.caseNumber() == null ? null : query.caseNumber().strip().toUpperCase(Locale.ROOT));
        equal(conditions, params, "status", nameOf(query.status()));
        equal(conditions, params, "level", nameOf(query.level()));
        equal(conditions, params, "category", nameOf(query.category()));
        equal(conditions, params, "priority", nameOf(query.priority()));
        equal(conditions, params, "partner", query.partner());
        if (query.openedFrom() != null) {
            conditions.add("opened_at >= :openedFrom");
            params.put("openedFrom", Timestamp.from(query.openedFrom()));
        }
        if (query.openedTo() != null) {
            conditions.add("opened_at < :openedTo");
            params.put("openedTo", Timestamp.from(query.openedTo()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            words(conditions, params, query.text());
        }
        if (query.name() != null && !query.name().isBlank()) {
            nameWords(conditions, params, query.name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order =
                " order by " + SORTABLE.get(query.sort()) + (query.descending() ? " desc" : "") + ", case_number";
        List<CaseRecord> items = jdbc.sql("select " + COLUMNS + " from escalation_case" + where + order + " limit "
                        + query.size() + " offset " + (long) query.page() * query.size())
                .params(params)
                .query(CaseRecords::caseRecord)
                .list();
        long counted = jdbc.sql("select count(*) from (select 1 from escalation_case" + where + " limit "
                        + (COUNTED_UP_TO + 1) + ") matches")
                .params(params)
                .query(Long.class)
                .single();
        return new CasePage(
                items, query.page(), query.size(), Math.min(counted, COUNTED_UP_TO), counted <= COUNTED_UP_TO);
    }

    /** Every word must occur: PostgreSQL's full-text index; H2 has none, so word by word. */
    private void words(List<String> conditions, Map<String, Object> params, String text) {
        if (postgres) {
            conditions.add("to_tsvector('simple', description) @@ plainto_tsquery('simple', :text)");
            params.put("text", text);
            return;
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            conditions.add("lower(description) like :word" + i);
            params.put("word" + i, "%" + words[i] + "%");
        }
    }

    /** Every word of the name begins a word of the customer's name, in its search form. */
    private static void nameWords(List<String> conditions, Map<String, Object> params, String name) {
        String[] words = CustomerNames.searchKey(name).split(" ");
        for (int i = 0; i < words.length; i++) {
            conditions.add("' ' || customer_name_key like :name" + i);
            params.put("name" + i, "% " + words[i] + "%");
        }
    }

    private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static CaseRecord caseRecord(ResultSet row, int rowNumber) throws SQLException {
        Timestamp closedAt = row.getTimestamp("closed_at");
        String level = row.getString("level");
        return new CaseRecord(
                row.getString("case_number"),
                row.getString("customer_id"),
                row.getString("customer_name"),
                row.getString("customer_email"),
                row.getString("customer_phone"),
                ContactChannel.valueOf(row.getString("preferred_channel")),
                Channel.valueOf(row.getString("channel")),
                Category.valueOf(row.getString("category")),
                Priority.valueOf(row.getString("priority")),
                Trigger.valueOf(row.getString("escalation_trigger")),
                CustomerSegment.valueOf(row.getString("customer_segment")),
                row.getString("description"),
                row.getString("external_reference"),
                CaseStatus.valueOf(row.getString("status")),
                level == null ? null : Level.valueOf(level),
                row.getString("partner"),
                row.getTimestamp("opened_at").toInstant(),
                closedAt == null ? null : closedAt.toInstant(),
                row.getString("linked_case_number"),
                Language.valueOf(row.getString("language")),
                row.getBoolean("notification_opt_out"));
    }
}
