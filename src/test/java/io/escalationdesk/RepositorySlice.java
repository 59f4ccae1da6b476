package io.escalationdesk;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.PhoneNumbers;
import io.escalationdesk.consult.Consults;
import io.escalationdesk.conversation.MailThreads;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.Labels;
import io.escalationdesk.timeline.TimelineWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@link DatabaseTest} of one of our repositories, with all of them, the clock fixed at
 * {@link FixedClock#NOW} and the timeline's writer a mock: one set of beans, so every class using
 * it shares one cached context (on PostgreSQL one database) instead of starting its own. Each test
 * rolls back, so no class sees another's rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DatabaseTest
@Import({
    CaseRecords.class,
    PhoneNumbers.class,
    DatabaseVendor.class,
    Consults.class,
    Labels.class,
    Lessons.class,
    MailThreads.class,
    NotificationOutbox.class,
    FixedClock.class
})
@MockitoBean(types = TimelineWriter.class)
public @interface RepositorySlice {}
