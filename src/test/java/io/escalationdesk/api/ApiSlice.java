package io.escalationdesk.api;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.engine.identity.UserStandings;
import io.escalationdesk.engine.read.CaseSlas;
import io.escalationdesk.engine.read.CaseTaskHistory;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.inbound.Webhooks;
import io.escalationdesk.insight.BacklogFigures;
import io.escalationdesk.insight.CasesBehindFigures;
import io.escalationdesk.insight.Coaching;
import io.escalationdesk.insight.ConversationFigures;
import io.escalationdesk.insight.GoodwillFigures;
import io.escalationdesk.insight.HelpLineFigures;
import io.escalationdesk.insight.InsightCache;
import io.escalationdesk.insight.InsightProperties;
import io.escalationdesk.insight.KpiFigures;
import io.escalationdesk.insight.LevelFigures;
import io.escalationdesk.insight.PartnerFigures;
import io.escalationdesk.insight.PushDownFigures;
import io.escalationdesk.insight.Satisfaction;
import io.escalationdesk.insight.VolumeFigures;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.intake.ContactIntake;
import io.escalationdesk.intake.ContactVolumes;
import io.escalationdesk.knowledge.Articles;
import io.escalationdesk.knowledge.CustomerHistory;
import io.escalationdesk.knowledge.IndexedArticles;
import io.escalationdesk.knowledge.SimilarCases;
import io.escalationdesk.knowledge.SuggestionLog;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.notification.Notifications;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.timeline.TimelineReader;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer of the case, feedback, knowledge, conversation and webhook API with its real security,
 * validation and problem documents, without the engine and the database: the services behind the
 * controllers are mocks. Every class using it shares one cached context, so a slice test costs
 * its requests, not a start-up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        controllers = {
            CaseIntakeController.class,
            CaseController.class,
            ContactController.class,
            ContactVolumeController.class,
            ConversationController.class,
            FeedbackController.class,
            InboundWebhookController.class,
            InsightController.class,
            KnowledgeController.class,
            CaseKnowledgeController.class,
            LabelsController.class,
            NotificationController.class,
            SurveyAnswerController.class
        },
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "io\\.escalationdesk\\.(security|system)\\..*"),
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = DatabaseVendor.class))
@EnableConfigurationProperties({Partners.class, InsightProperties.class})
@Import(ApiSlice.Users.class)
@MockitoBean(
        types = {
            CaseIntake.class,
            ContactIntake.class,
            CaseRecords.class,
            TimelineReader.class,
            CaseTaskHistory.class,
            CaseSlas.class,
            NotificationOutbox.class,
            Notifications.class,
            Surveys.class,
            Lessons.class,
            InboundMessages.class,
            Webhooks.class,
            UserStandings.class,
            ContactVolumes.class,
            KpiFigures.class,
            LevelFigures.class,
            VolumeFigures.class,
            PushDownFigures.class,
            BacklogFigures.class,
            CasesBehindFigures.class,
            Coaching.class,
            Satisfaction.class,
            HelpLineFigures.class,
            GoodwillFigures.class,
            PartnerFigures.class,
            ConversationFigures.class,
            InsightCache.class,
            Articles.class,
            SuggestionLog.class,
            SimilarCases.class,
            IndexedArticles.class,
            CustomerHistory.class
        })
@interface ApiSlice {

    /** The API's users, one of each group, as the engine's identity service would know them. */
    @TestConfiguration(proxyBeanMethods = false)
    class Users {

        /** User (the demo users' names) and their group. */
        private static final Map<String, String> GROUP_OF = Map.ofEntries(
                Map.entry("tier1-agent", "tier1"),
                Map.entry("tier2-agent", "tier2"),
                Map.entry("supervisor", "supervisors"),
                Map.entry("manager", "management"),
                Map.entry("auditor", "auditors"),
                Map.entry("billing-agent", "billing"),
                Map.entry("process-owner", "process-owners"),
                Map.entry("admin", "admins"),
                Map.entry("demo", "camunda-admin"),
                Map.entry("survey-tool", "integrations"),
                Map.entry("acme-agent", "partner-acme"));

        @Bean
        AuthenticationProvider users() {
            UserDetails[] users = GROUP_OF.entrySet().stream()
                    .map(user -> User.withUsername(user.getKey())
                            .password("{noop}" + user.getKey())
                            .authorities(user.getValue())
                            .build())
                    .toArray(UserDetails[]::new);
            return new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
        }

        /** The desk's sessions read the time; the engine, which gives the app its clock, is not here. */
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
