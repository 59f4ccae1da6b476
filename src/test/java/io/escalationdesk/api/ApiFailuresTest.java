package io.escalationdesk.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.engine.identity.UserStandings;
import io.escalationdesk.engine.read.CaseSlas;
import io.escalationdesk.engine.read.CaseTaskHistory;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.notification.Notifications;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.DatabaseVendor;
import io.escalationdesk.system.Readiness;
import io.escalationdesk.timeline.CaseTimeline;
import jakarta.servlet.RequestDispatcher;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every way the API refuses a request is one problem document (RFC 9457): authentication,
 * validation, size, media type, missing and conflicting resources, a node not ready yet, and a
 * failure of ours, which says nothing about our insides. The web layer with its real security
 * and filters, without the engine; the services behind the controllers are mocks.
 */
@WebMvcTest(
        controllers = {CaseIntakeController.class, CaseController.class, NotificationController.class},
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "io\\.escalationdesk\\.(security|system)\\..*"),
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = DatabaseVendor.class))
@EnableConfigurationProperties(Partners.class)
@Import(ApiFailuresTest.Time.class)
class ApiFailuresTest {

    /** The desk's sessions read the time; the engine, which gives the app its clock, is not here. */
    @TestConfiguration
    static class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    private static final String CASES = "/api/cases";

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @MockitoBean
    CaseIntake intake;

    @MockitoBean
    CaseRecords records;

    @MockitoBean
    CaseTimeline timeline;

    @MockitoBean
    CaseTaskHistory work;

    @MockitoBean
    CaseSlas slas;

    @MockitoBean
    NotificationOutbox outbox;

    @MockitoBean
    Notifications notifications;

    @MockitoBean
    Surveys surveys;

    @MockitoBean
    Lessons lessons;

    @MockitoBean
    InboundMessages customerMessages;

    @MockitoBean
    UserStandings standings;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        problem(http.perform(get(CASES)), 401).andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void anAuditorWritingIs403() throws Exception {
        problem(
                http.perform(post(CASES)
                        .with(httpBasic("auditor", "auditor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validCase())),
                403);
        verifyNoInteractions(intake);
    }

    @Test
    void badFieldsAre400NamingEachWithTheAllowedValues() throws Exception {
        problem(
                        asAgent(post(CASES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(validCase().replace("\"BILLING\"", "\"SHOES\""))),
                        400)
                .andExpect(jsonPath("$.errors[0].field").value("category"))
                .andExpect(jsonPath("$.errors[0].allowed[1]").value("BILLING"));
        problem(asAgent(post(CASES).contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":\"C-1\"}")), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItems("customerName", "channel", "description")));
        verifyNoInteractions(intake);
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        problem(asAgent(post(CASES).contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":")), 400)
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
    }

    @Test
    void aBadSearchParameterIs400NamingIt() throws Exception {
        problem(asAgent(get(CASES).param("level", "TOP")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        problem(
                asAgent(post(CASES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validCase().replace("Charged twice", "x".repeat(20_000)))),
                413);
        verifyNoInteractions(intake);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "multipart/form-data", "multipart/form-data; boundary=XyZ"})
    void aMediaTypeTheApiDoesNotTakeIs415(String contentType) throws Exception {
        problem(
                asAgent(
                        post(CASES)
                                .contentType(contentType)
                                .content(
                                        "--XyZ\r\nContent-Disposition: form-data; name=\"customerId\"\r\n\r\nC-1\r\n--XyZ--\r\n")),
                415);
        verifyNoInteractions(intake);
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        given(records.find("ESC-1999-999999")).willReturn(Optional.empty());

        problem(asAgent(get(CASES + "/ESC-1999-999999")), 404)
                .andExpect(jsonPath("$.detail").value("No case ESC-1999-999999"));
    }

    @Test
    void aRetryOfAMessageThatDidNotFailIs409() throws Exception {
        given(notifications.retry(eq("ESC-1"), anyLong(), anyString()))
                .willThrow(new ConflictException("Only a FAILED notification can be retried"));

        problem(asAgent(post(CASES + "/ESC-1/notifications/7/retry")), 409);
    }

    @Test
    void aFailureOfOursIs500AndTellsNothingAboutIt() throws Exception {
        given(intake.open(any(), any(), any()))
                .willThrow(new IllegalStateException("table escalation_case is on fire"));

        problem(asAgent(post(CASES).contentType(MediaType.APPLICATION_JSON).content(validCase())), 500)
                .andExpect(content().string(not(containsString("fire"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void beforeTheProcessesAreDeployedEveryCallIs503WithRetryAfter() throws Exception {
        readiness.processesUndeployed();

        problem(asAgent(post(CASES).contentType(MediaType.APPLICATION_JSON).content(validCase())), 503)
                .andExpect(header().exists("Retry-After"));
        problem(http.perform(get(CASES)), 503);
        verifyNoInteractions(intake);
    }

    @Test
    void anErrorNoControllerHandledIsAProblemToo() throws Exception {
        problem(
                        http.perform(get("/error")
                                .accept(MediaType.APPLICATION_JSON)
                                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/cases")),
                        400)
                .andExpect(jsonPath("$.instance").value("/api/cases"));
    }

    private ResultActions asAgent(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.with(httpBasic("tier1-agent", "tier1-agent")));
    }

    private static ResultActions problem(ResultActions response, int status) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    private static String validCase() {
        return """
        {"customerId":"C-1","customerName":"Jane Doe","customerEmail":"jane@example.com",
         "preferredContactChannel":"EMAIL","channel":"PHONE","category":"BILLING",
         "priority":"NORMAL","trigger":"BILLING_DISPUTE","customerSegment":"STANDARD",
         "description":"Charged twice for the October invoice"}""";
    }

    /** The API's users, as the engine's identity service would know them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Users {
        @Bean
        AuthenticationProvider users() {
            return new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername("tier1-agent")
                            .password("{noop}tier1-agent")
                            .authorities("tier1")
                            .build(),
                    User.withUsername("auditor")
                            .password("{noop}auditor")
                            .authorities("auditors")
                            .build()));
        }
    }
}
