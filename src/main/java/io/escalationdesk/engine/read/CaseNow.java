package io.escalationdesk.engine.read;

import io.escalationdesk.conversation.CustomerMessages;
import io.escalationdesk.system.StaffTime;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The parts of a task form that change while the task waits: the SLA due time (the clock pauses
 * and resumes), the latest status updates and the customer's latest messages. Written onto a task
 * when it is created ({@code CaseContextListener}) and written again into what Tasklist reads when
 * the form opens ({@code FreshFormContext}).
 */
@Component
public class CaseNow {

    private static final int UPDATES_SHOWN = 3;

    private final TimelineReader updates;
    private final TimelineWriter timeline;
    private final CustomerMessages customerMessages;
    private final StaffTime staffTime;

    CaseNow(TimelineReader updates, TimelineWriter timeline, CustomerMessages customerMessages, StaffTime staffTime) {
        this.updates = updates;
        this.timeline = timeline;
        this.customerMessages = customerMessages;
        this.staffTime = staffTime;
    }

    /** In the staff's zone, with the zone; "none" while no SLA runs. */
    public String slaDue(Instant dueAt) {
        return dueAt == null ? "none" : staffTime.format(dueAt);
    }

    /** One line each, newest first, without the delivery reports of messages. */
    public String latestUpdates(String caseNumber) {
        List<StatusUpdate> newestFirst = new ArrayList<>(updates.of(caseNumber));
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(update -> !update.event().isAboutNotification())
                .limit(UPDATES_SHOWN)
                .map(update -> staffTime.format(update.occurredAt()) + " — " + timeline.summary(update))
                .collect(Collectors.joining("\n"));
    }

    public String customerMessages(String caseNumber) {
        return customerMessages.latestFor(caseNumber);
    }
}
