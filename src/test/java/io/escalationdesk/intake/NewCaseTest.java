package io.escalationdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.system.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules across a new case's fields, how a refusal reads beside a form, and the defaults it is opened with. */
class NewCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:15:00Z");

    @Test
    void aCustomerWeCannotReachIsRefusedOnTheEmail() {
        assertThat(newCase(null, " ", null).unreachable())
                .extracting(FieldError::field)
                .containsExactly("customerEmail");
    }

    @Test
    void thePreferredChannelNeedsItsAddress() {
        assertThat(newCase(null, "+4915112345678", ContactChannel.EMAIL).unreachable())
                .extracting(FieldError::field)
                .containsExactly("preferredContactChannel");
        assertThat(newCase("jane@example.com", null, ContactChannel.SMS).unreachable())
                .extracting(FieldError::field)
                .containsExactly("preferredContactChannel");
        assertThat(newCase("jane@example.com", null, ContactChannel.EMAIL).unreachable())
                .isEmpty();
    }

    @Test
    void withoutAPreferenceTheCaseIsOpenedOnTheChannelThatReachesTheCustomerInEnglish() {
        var record = newCase(null, "+4915112345678", null).recordOf("ESC-T-1", NOW, null);

        assertThat(record.preferredContactChannel()).isEqualTo(ContactChannel.SMS);
        assertThat(record.language()).isEqualTo(Language.EN);
        assertThat(record.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(record.openedAt()).isEqualTo(NOW);
        assertThat(newCase("jane@example.com", "+4915112345678", null)
                        .recordOf("ESC-T-2", NOW, "ESC-T-1")
                        .preferredContactChannel())
                .isEqualTo(ContactChannel.EMAIL);
    }

    @Test
    void aRefusalReadsByTheFormsLabels() {
        Map<String, String> labels = Map.of("customerEmail", "Email", "customerPhone", "Phone", "customerName", "Name");

        String unreachable = NewCase.readable(newCase(null, null, null).unreachable(), labels::get);
        String blankName = NewCase.readable(List.of(new FieldError("customerName", "must not be blank")), labels::get);

        assertThat(unreachable).startsWith("Email or phone: give at least one");
        assertThat(blankName).isEqualTo("Name: must not be blank");
    }

    private static NewCase newCase(String email, String phone, ContactChannel preferred) {
        return new NewCase(
                "C-1",
                "Jane Doe",
                email,
                phone,
                preferred,
                Channel.PHONE,
                Category.BILLING,
                Priority.NORMAL,
                Trigger.BILLING_DISPUTE,
                CustomerSegment.STANDARD,
                "Charged twice",
                null,
                null,
                false);
    }
}
