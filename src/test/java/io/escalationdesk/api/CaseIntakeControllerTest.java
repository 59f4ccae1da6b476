package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escalationdesk.SampleCases;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.system.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Opening a case over the API: who may, and every way the web layer refuses a request before the
 * intake sees it, as one problem document (RFC 9457) naming the field. A failure of ours says
 * nothing about our insides; before the processes are deployed every call is 503.
 */
@ApiSlice
class CaseIntakeControllerTest {

    private static final String CASES = "/api/cases";

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    CaseIntake intake;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @Test
    void withoutCredentialsIs401AndTheIntakeSeesNothing() throws Exception {
        problem(http.perform(get(CASES)), 401).andExpect(header().exists("WWW-Authenticate"));
        problem(http.perform(post(CASES).contentType(MediaType.APPLICATION_JSON).content(validCase())), 401)
                .andExpect(header().exists("WWW-Authenticate"));
        verifyNoInteractions(intake);
    }

    @Test
    void anAuditorReadsButWritingIs403() throws Exception {
        http.perform(as("auditor", get(CASES))).andExpect(status().isOk());
        problem(
                http.perform(as("auditor", post(CASES))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validCase())),
                403);
        verifyNoInteractions(intake);
    }

    @Test
    void administratorsMayCreate() throws Exception {
        given(intake.open(any(), any(), any()))
                .willReturn(new CaseIntake.Accepted(SampleCases.open("ESC-2026-000001"), true));

        http.perform(as("demo", post(CASES))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(validCase()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cases/ESC-2026-000001"));
    }

    @Test
    void badFieldsAre400NamingEachWithTheAllowedValues() throws Exception {
        problem(
                        asAgent(post(CASES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(validCase().replace("\"BILLING\"", "\"SHOES\""))),
                        400)
                .andExpect(jsonPath("$.errors[0].field").value("category"))
                .andExpect(jsonPath("$.errors[0].allowed")
                        .value(contains("GENERAL", "BILLING", "TECHNICAL", "COMPLAINT", "ACCOUNT")));
        problem(asAgent(post(CASES).contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":\"C-1\"}")), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItems("customerName", "channel", "description")));
        verifyNoInteractions(intake);
    }

    /** The rules of one field; those across fields and on the phone number are the intake's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      blank description     | "Charged twice for the October invoice" | ""                   | description
      invalid email         | "jane@example.com"                      | "not-an-email"       | customerEmail
      unknown language      | "customerId"                            | "language":"FR","customerId" | language
      """)
    void aFieldBreakingItsRuleIs400NamingIt(String label, String valid, String broken, String field) throws Exception {
        problem(
                        asAgent(post(CASES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(validCase().replace(valid, broken))),
                        400)
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        verifyNoInteractions(intake);
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        problem(asAgent(post(CASES).contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":")), 400)
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
        verifyNoInteractions(intake);
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

    private ResultActions asAgent(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(as("tier1-agent", request));
    }

    private static String validCase() {
        return """
        {"customerId":"C-1","customerName":"Jane Doe","customerEmail":"jane@example.com",
         "preferredContactChannel":"EMAIL","channel":"PHONE","category":"BILLING",
         "priority":"NORMAL","trigger":"BILLING_DISPUTE","customerSegment":"STANDARD",
         "description":"Charged twice for the October invoice"}""";
    }
}
