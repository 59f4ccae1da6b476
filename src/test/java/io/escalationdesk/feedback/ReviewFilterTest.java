package io.escalationdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escalationdesk.cases.Category;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.InvalidFieldException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review's filter: a range that ends after it begins, and only the criteria given. */
class ReviewFilterTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void aRangeMustEndAfterItBegins() {
        assertThatThrownBy(() -> new ReviewFilter(MONDAY, MONDAY, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors().get(0).field()).isEqualTo("to"));
    }

    @Test
    void noCriterionFiltersNothing() {
        Map<String, Object> params = new HashMap<>();

        assertThat(new ReviewFilter(null, null, null, null, null).where("noted_at", "level", params))
                .isEqualTo(" where 1 = 1");
        assertThat(params).isEmpty();
    }

    @Test
    void eachCriterionGivenIsOneConditionWithItsParameter() {
        Map<String, Object> params = new HashMap<>();

        String where =
                new ReviewFilter(MONDAY, null, null, Category.BILLING, Level.TIER2).where("noted_at", "level", params);

        assertThat(where).contains("noted_at >= :from", "category", "level").doesNotContain(":to");
        assertThat(params).hasSize(3);
    }
}
