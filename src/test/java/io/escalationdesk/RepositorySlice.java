package io.escalationdesk;

import io.escalationdesk.cases.CaseNumbers;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.PhoneNumbers;
import io.escalationdesk.consult.Consults;
import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.conversation.MailThreads;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.SurveyReviews;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.goodwill.Goodwill;
import io.escalationdesk.goodwill.GoodwillLimits;
import io.escalationdesk.intake.ContactVolumes;
import io.escalationdesk.intake.IntakeRequests;
import io.escalationdesk.knowledge.Articles;
import io.escalationdesk.knowledge.SuggestionLog;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.Labels;
import io.escalationdesk.timeline.TimelineReader;
import io.escalationdesk.timeline.TimelineWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@link DatabaseTest} of one of our repositories, with all of them, the clock fixed at
 * {@link FixedClock#NOW} and the timeline's writer, the goodwill limits table and the survey
 * follow-up (the engine's) mocks: one set of beans, so every class using it shares one cached
 * context (on PostgreSQL one database) instead of starting its own. Each test rolls back, so no
 * class sees another's rows; a test that commits, to race two transactions, deletes its rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DatabaseTest
@Import({
    CaseRecords.class,
    CaseNumbers.class,
    PhoneNumbers.class,
    DatabaseVendor.class,
    Consults.class,
    Labels.class,
    Lessons.class,
    Articles.class,
    SuggestionLog.class,
    Surveys.class,
    Goodwill.class,
    MailThreads.class,
    InboundMessages.class,
    IntakeRequests.class,
    ContactVolumes.class,
    NotificationOutbox.class,
    TimelineReader.class,
    ApplicationSettings.class,
    FixedClock.class
})
@MockitoBean(types = {TimelineWriter.class, GoodwillLimits.class, SurveyReviews.class})
public @interface RepositorySlice {}
