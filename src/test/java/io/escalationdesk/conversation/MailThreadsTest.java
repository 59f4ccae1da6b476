package io.escalationdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.RepositorySlice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's Message-IDs: kept once, found by any of a reply's references, the staff's left out of the thread. */
@RepositorySlice
class MailThreadsTest {

    @Autowired
    MailThreads threads;

    @Test
    void aReplyReferencingOneOfOurMailsBelongsToItsCase() {
        threads.record("<a1@desk.example.com>", "ESC-T-1", MailThreads.Kind.TO_CUSTOMER);
        threads.record("<a1@desk.example.com>", "ESC-T-2", MailThreads.Kind.TO_CUSTOMER);

        assertThat(threads.caseOf(List.of("<unknown@mail.example.com>", "<a1@desk.example.com>")))
                .hasValueSatisfying(match -> assertThat(match.caseNumber()).isEqualTo("ESC-T-1"));
        assertThat(threads.caseOf(List.of("<unknown@mail.example.com>"))).isEmpty();
    }

    @Test
    void theThreadHasTheCustomersMailsAndNotTheStaffsNorWhatIsNoMessageId() {
        threads.record("<b1@desk.example.com>", "ESC-T-3", MailThreads.Kind.TO_CUSTOMER);
        threads.record("<b2@mail.example.com>", "ESC-T-3", MailThreads.Kind.FROM_CUSTOMER);
        threads.record("<b3@desk.example.com>", "ESC-T-3", MailThreads.Kind.TO_STAFF);
        threads.record("sha256:0123abcd", "ESC-T-3", MailThreads.Kind.FROM_CUSTOMER);

        assertThat(threads.of("ESC-T-3")).containsExactlyInAnyOrder("<b1@desk.example.com>", "<b2@mail.example.com>");
    }
}
