package io.escalationdesk.goodwill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.escalationdesk.RepositorySlice;
import io.escalationdesk.SampleCases;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Goodwill as stored: granted within the limit, else asked of the lowest level that may, decided once. */
@RepositorySlice
class GoodwillTest {

    @Autowired
    Goodwill goodwill;

    @Autowired
    GoodwillLimits limits;

    @Autowired
    CaseRecords records;

    @BeforeEach
    void tier1MayCredit20Tier2_100AndNobodyMore() {
        records.insert(SampleCases.open("ESC-T-1"), null);
        when(limits.of(any(), any(), any())).thenAnswer(call -> switch ((Level) call.getArgument(0)) {
            case TIER1 -> credits("20");
            case TIER2 -> credits("100");
            default -> GoodwillLimit.NONE;
        });
    }

    @Test
    void withinTheLimitItIsStoredApprovedToTheCentAndThenGranted() {
        Goodwill.Routing routing = goodwill.request("ESC-T-1", Level.TIER1, credit("15", "  Late parcel "), "anna");

        assertThat(routing.withinLimit()).isTrue();
        assertThat(goodwill.find(routing.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo("APPROVED");
            assertThat(stored.request().amount()).isEqualTo(new BigDecimal("15.00"));
            assertThat(stored.request().reason()).isEqualTo("Late parcel");
            assertThat(stored.approver()).isNull();
        });

        goodwill.granted(routing.id(), Optional.of("BILL-7"), true);

        assertThat(goodwill.find(routing.id()).orElseThrow())
                .extracting(Goodwill.Requested::status, Goodwill.Requested::billingReference)
                .containsExactly("GRANTED", "BILL-7");
        assertThat(goodwill.summaryOf("ESC-T-1")).isEqualTo("Credit of 15.00 EUR for Late parcel: granted");
    }

    @Test
    void aboveTheLimitTheLowestLevelThatMayDecidesOnceAndNeverOnItsOwnRequest() {
        long id = goodwill.request("ESC-T-1", Level.TIER1, credit("50", "Charged twice"), "anna")
                .id();

        assertThat(goodwill.find(id).orElseThrow())
                .extracting(Goodwill.Requested::status, Goodwill.Requested::approver)
                .containsExactly("APPROVAL_ASKED", Level.TIER2);
        assertThatThrownBy(() -> goodwill.approved(id, "anna", null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("approver"));
        assertThatThrownBy(() -> goodwill.rejected(id, "tina", " "))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("decisionNote"));

        goodwill.rejected(id, "tina", "Not for a login problem");
        goodwill.approved(id, "sam", "too late");

        assertThat(goodwill.find(id).orElseThrow())
                .extracting(Goodwill.Requested::status, Goodwill.Requested::decidedBy, Goodwill.Requested::decisionNote)
                .containsExactly("REJECTED", "tina", "Not for a login problem");
    }

    @Test
    void aRequestWithFieldsMissingOrBeyondEveryLimitIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> goodwill.request(
                        "ESC-T-1",
                        Level.TIER1,
                        new GoodwillRequest(GoodwillKind.CREDIT, new BigDecimal("1.005"), null, " "),
                        "anna"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("goodwillAmount", "goodwillReason"));
        assertThatThrownBy(() -> goodwill.request("ESC-T-1", Level.TIER1, credit("100.01", "Charged twice"), "anna"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("goodwillAmount"));

        assertThat(goodwill.summaryOf("ESC-T-1")).isEmpty();
    }

    private static GoodwillRequest credit(String amount, String reason) {
        return new GoodwillRequest(GoodwillKind.CREDIT, new BigDecimal(amount), null, reason);
    }

    private static GoodwillLimit credits(String upTo) {
        return new GoodwillLimit(new BigDecimal(upTo), BigDecimal.ZERO, Set.of());
    }
}
