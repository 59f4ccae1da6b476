package io.escalationdesk;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import java.time.Instant;

/** Case records for repository tests: what varies between tests, the rest as a call brings it. */
public final class SampleCases {

    private SampleCases() {}

    public static CaseRecord open(
            String caseNumber,
            String phone,
            Level level,
            Category category,
            Priority priority,
            String description,
            Instant openedAt) {
        return new CaseRecord(
                caseNumber,
                "C-" + caseNumber,
                "Jane Doe",
                "Jane.Doe@Example.com",
                phone,
                ContactChannel.EMAIL,
                Channel.PHONE,
                category,
                priority,
                Trigger.COMPLEX_ISSUE,
                CustomerSegment.STANDARD,
                description,
                "CRM-1",
                CaseStatus.OPEN,
                level,
                null,
                openedAt,
                null,
                null,
                Language.EN,
                false);
    }

    public static CaseRecord open(String caseNumber) {
        return open(
                caseNumber,
                "+49 151 1234567",
                Level.TIER1,
                Category.BILLING,
                Priority.NORMAL,
                "Charged twice for the October invoice",
                Instant.parse("2026-11-30T08:00:00Z"));
    }
}
