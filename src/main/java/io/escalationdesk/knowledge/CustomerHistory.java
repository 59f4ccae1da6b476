package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.goodwill.ExceptionKind;
import io.escalationdesk.goodwill.GoodwillKind;
import io.escalationdesk.goodwill.GoodwillProperties;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the customer of a case has been through with us: their other cases, the last satisfaction
 * they answered, the SLA breaches and the goodwill granted on their cases so far. By the customer
 * id, on its index; a partner's agent sees only what happened on the cases their partner has.
 */
@Repository
public class CustomerHistory {

    /** The customer's other cases listed, newest first. */
    static final int LISTED = 50;

    /**
     * @param otherCases the customer's other cases, open and closed, newest first
     * @param slaBreaches on all of the customer's cases, this one too
     * @param goodwillGranted on all of the customer's cases, this one too, newest first
     */
    public record Summary(
            String customerId,
            List<OtherCase> otherCases,
            LastSatisfaction lastSatisfaction,
            long slaBreaches,
            List<GrantedGoodwill> goodwillGranted,
            String currency) {}

    public record OtherCase(String caseNumber, Instant openedAt, CaseStatus status, Level level, Category category) {}

    /** @param comment the customer's words: text, never markup */
    public record LastSatisfaction(
            String caseNumber, Instant answeredAt, int satisfaction, boolean concernResolved, String comment) {}

    public record GrantedGoodwill(
            String caseNumber, GoodwillKind kind, BigDecimal amount, ExceptionKind exceptionKind, Instant grantedAt) {}

    private final JdbcClient jdbc;
    private final GoodwillProperties goodwill;

    CustomerHistory(JdbcClient jdbc, GoodwillProperties goodwill) {
        this.jdbc = jdbc;
        this.goodwill = goodwill;
    }

    /** @param partner the partner whose agent asks; none for the call center's own people */
    public Summary of(CaseRecord theCase, Optional<String> partner) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("customer", theCase.customerId());
        partner.ifPresent(seenBy -> customer.put("partner", seenBy));
        String ofCustomer = partner.isPresent()
                ? "e.customer_id = :customer and e.partner = :partner"
                : "e.customer_id = :customer";
        List<OtherCase> others = jdbc.sql("select e.case_number, e.opened_at, e.status, e.level, e.category "
                        + "from escalation_case e where " + ofCustomer + " and e.case_number <> :caseNumber "
                        + "order by e.opened_at desc limit " + LISTED)
                .params(customer)
                .param("caseNumber", theCase.caseNumber())
                .query((row, n) -> new OtherCase(
                        row.getString("case_number"),
                        row.getTimestamp("opened_at").toInstant(),
                        CaseStatus.valueOf(row.getString("status")),
                        Optional.ofNullable(row.getString("level"))
                                .map(Level::valueOf)
                                .orElse(null),
                        Category.valueOf(row.getString("category"))))
                .list();
        LastSatisfaction lastSatisfaction = jdbc.sql(
                        "select s.case_number, s.answered_at, s.satisfaction, s.concern_resolved, s.comment "
                                + "from survey_answer s join escalation_case e on e.case_number = s.case_number "
                                + "where " + ofCustomer + " order by s.answered_at desc limit 1")
                .params(customer)
                .query((row, n) -> new LastSatisfaction(
                        row.getString("case_number"),
                        row.getTimestamp("answered_at").toInstant(),
                        row.getInt("satisfaction"),
                        row.getBoolean("concern_resolved"),
                        row.getString("comment")))
                .optional()
                .orElse(null);
        long breaches = jdbc.sql("select coalesce(sum(f.breaches), 0) from case_fact f "
                        + "join escalation_case e on e.case_number = f.case_number where " + ofCustomer)
                .params(customer)
                .query(Long.class)
                .single();
        List<GrantedGoodwill> granted = jdbc.sql(
                        "select g.case_number, g.kind, g.amount, g.exception_kind, g.granted_at "
                                + "from goodwill g join escalation_case e on e.case_number = g.case_number "
                                + "where " + ofCustomer + " and g.status = 'GRANTED' order by g.granted_at desc")
                .params(customer)
                .query((row, n) -> new GrantedGoodwill(
                        row.getString("case_number"),
                        GoodwillKind.valueOf(row.getString("kind")),
                        row.getBigDecimal("amount"),
                        Optional.ofNullable(row.getString("exception_kind"))
                                .map(ExceptionKind::valueOf)
                                .orElse(null),
                        Optional.ofNullable(row.getTimestamp("granted_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
        return new Summary(theCase.customerId(), others, lastSatisfaction, breaches, granted, goodwill.currency());
    }
}
