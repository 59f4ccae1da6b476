package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.MarkedUpText;
import io.escalationdesk.feedback.Surveys;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer's survey page and the survey API over HTTP: one answer per resolved case through
 * an unguessable link, and every refusal a friendly page that stores nothing.
 */
@EscalationDeskTest
@Tag("database")
class SurveyPageTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final String GOOD_ANSWER = "satisfaction=4&resolved=yes&comment=Thanks";

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void backToNow() {
        EngineTime.reset();
    }

    @Test
    void theResolutionMessagesLinkOpensTheSurveyInTheCasesLanguageAndTakesOneAnswer() throws Exception {
        String caseNumber = resolvedCase(Map.of("customerLanguage", "DE"));
        String link = surveys.linkFor(caseNumber);
        assertThat(surveys.linkFor(caseNumber))
                .as("every message carries the same link")
                .isEqualTo(link);
        assertThat(link).matches(api.uri("/survey/") + "[A-Za-z0-9_-]{43}");

        HttpResponse<String> form = get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'", "form-action 'self'"));
        assertThat(form.body())
                .contains("lang=\"de\"", "Ihr Anliegen " + caseNumber + " ist erledigt", "Wurde Ihr Anliegen gelöst?");

        HttpResponse<String> thanks = post(link, GOOD_ANSWER);

        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body()).contains("Vielen Dank");
        // reopened in an English browser: still the case's language
        HttpResponse<String> reopened = ApiClient.send(HttpRequest.newBuilder(URI.create(link))
                .header("Accept-Language", "en-US,en;q=0.9")
                .GET());
        assertThat(reopened.statusCode()).isEqualTo(409);
        assertThat(reopened.body())
                .contains("lang=\"de\"", "Sie haben schon geantwortet")
                .doesNotContain("You have answered");
        JsonNode survey = json.readTree(
                        api.get("tier1-agent", "/api/cases/" + caseNumber).body())
                .get("survey");
        assertThat(survey.get("satisfaction").asInt()).isEqualTo(4);
        assertThat(survey.get("concernResolved").asBoolean()).isTrue();
        assertThat(survey.get("comment").asText()).isEqualTo("Thanks");
        assertThat(survey.get("answeredVia").asText()).isEqualTo("PAGE");
        assertThat(survey.get("resolvedLevel").asText()).isEqualTo("TIER1");
        assertThat(jdbc.sql("select actor, reason from case_status_update where case_number = ? "
                                + "and event = 'SURVEY_ANSWERED'")
                        .param(caseNumber)
                        .query((row, n) -> row.getString(1) + ": " + row.getString(2))
                        .list())
                .containsExactly("customer: Satisfaction 4 of 5; concern resolved: yes; \"Thanks\"");
    }

    @Test
    void aSecondAnswerIsRefusedPolitelyAndStoresNothing() throws Exception {
        String caseNumber = resolvedCase(Map.of());
        String link = surveys.linkFor(caseNumber);
        assertThat(post(link, GOOD_ANSWER).statusCode()).isEqualTo(200);
        List<Long> before = rowsOf(caseNumber);

        HttpResponse<String> again = post(link, "satisfaction=1&resolved=no");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("You have answered already");
        assertThat(get(link).statusCode()).isEqualTo(409);
        assertThat(rowsOf(caseNumber)).isEqualTo(before);
        assertThat(surveys.answerOf(caseNumber).orElseThrow().satisfaction()).isEqualTo(4);
    }

    @Test
    void anExpiredLinkGetsAFriendlyPageAndStoresNothing() throws Exception {
        String caseNumber = resolvedCase(Map.of());
        String link = surveys.linkFor(caseNumber);
        List<Long> before = rowsOf(caseNumber);
        ClockUtil.setCurrentTime(
                Date.from(Instant.now().plus(Duration.ofDays(14)).plusSeconds(5)));

        assertThat(get(link).statusCode()).isEqualTo(410);
        HttpResponse<String> late = post(link, GOOD_ANSWER);

        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This survey has closed");
        assertThat(rowsOf(caseNumber)).isEqualTo(before);
    }

    @Test
    void aTamperedOrUnknownLinkIsNotFoundAndStoresNothing() throws Exception {
        String caseNumber = resolvedCase(Map.of());
        String link = surveys.linkFor(caseNumber);
        String token = link.substring(link.lastIndexOf('/') + 1);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        List<Long> before = rowsOf(caseNumber);

        for (String path : List.of(
                "/survey/" + tampered, "/survey/" + "x".repeat(43), "/survey/short", "/survey/" + token + "extra")) {
            assertThat(get(api.uri(path).toString()).statusCode())
                    .as("GET " + path)
                    .isEqualTo(404);
            HttpResponse<String> answered = post(api.uri(path).toString(), GOOD_ANSWER);
            assertThat(answered.statusCode()).as("POST " + path).isEqualTo(404);
            assertThat(answered.body()).contains("We could not find this survey");
        }
        assertThat(rowsOf(caseNumber)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from survey_answer where case_number = ?")
                        .param(caseNumber)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void htmlAndMarkdownInTheCommentAreKeptAndShownAsText() throws Exception {
        String caseNumber = resolvedCase(Map.of());
        String link = surveys.linkFor(caseNumber);
        String comment = MarkedUpText.DESCRIPTION + " <script>alert(1)</script>";

        HttpResponse<String> missingScore = post(link, "resolved=no&comment=" + encoded(comment));
        assertThat(missingScore.statusCode()).isEqualTo(400);
        assertThat(missingScore.body())
                .contains("Please choose how satisfied you are")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<a href=\"https://phish.example.com\">");
        assertThat(surveys.answerOf(caseNumber)).isEmpty();

        assertThat(post(link, "satisfaction=2&resolved=no&comment=" + encoded(comment))
                        .statusCode())
                .isEqualTo(200);

        assertThat(surveys.answerOf(caseNumber).orElseThrow().comment()).isEqualTo(comment);
        JsonNode answers = json.readTree(api.get("supervisor", "/api/survey-answers?dissatisfied=true")
                        .body())
                .get("rows");
        assertThat(answers.findValuesAsText("comment")).contains(comment);
    }

    @Test
    void tooManyAnswersFromOneAddressGet429AndStoreNothing() throws Exception {
        String caseNumber = resolvedCase(Map.of());
        String link = surveys.linkFor(caseNumber);
        List<Long> before = rowsOf(caseNumber);
        // a window of the clock of its own, so no other test's answers count in it
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-01-06T09:00:00Z")));
        for (int guess = 0; guess < 50; guess++) {
            assertThat(post(
                                    api.uri("/survey/" + "g".repeat(40) + "%03d".formatted(guess))
                                            .toString(),
                                    GOOD_ANSWER)
                            .statusCode())
                    .isEqualTo(404);
        }

        HttpResponse<String> limited = post(link, GOOD_ANSWER);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Please wait a little");
        assertThat(rowsOf(caseNumber)).isEqualTo(before);
    }

    @Test
    void aSurveyToolReportsAnAnswerOnceForAResolvedCase() throws Exception {
        String caseNumber = resolvedCase(Map.of());
        String openCase = cases.openAtTier1("OPEN", Map.of());
        String path = "/api/cases/" + caseNumber + "/survey-answers";

        HttpResponse<String> reported = api.post(
                "survey-tool", path, "{\"satisfaction\": 5, \"concernResolved\": true, \"comment\": \"Great\"}");
        List<Long> after = rowsOf(caseNumber);

        assertThat(reported.statusCode()).isEqualTo(201);
        assertThat(json.readTree(reported.body()).get("answeredVia").asText()).isEqualTo("API");
        assertThat(api.post("survey-tool", path, "{\"satisfaction\": 1, \"concernResolved\": false}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.post(
                                "survey-tool",
                                "/api/cases/" + openCase + "/survey-answers",
                                "{\"satisfaction\": 1, \"concernResolved\": false}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.post(
                                "survey-tool",
                                "/api/cases/ESC-NONE/survey-answers",
                                "{\"satisfaction\": 1, \"concernResolved\": false}")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> invalid = api.post(
                "survey-tool",
                "/api/cases/" + openCase + "/survey-answers",
                "{\"satisfaction\": 6, \"comment\": \"" + "x".repeat(1001) + "\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("satisfaction", "concernResolved", "comment");
        assertThat(api.post("tier1-agent", path, "{\"satisfaction\": 5, \"concernResolved\": true}")
                        .statusCode())
                .as("an agent may not answer for a customer")
                .isEqualTo(403);
        assertThat(rowsOf(caseNumber)).isEqualTo(after);
    }

    /** Answers, timeline entries and follow-up processes of the case. */
    private List<Long> rowsOf(String caseNumber) {
        return List.of(
                jdbc.sql("select count(*) from survey_answer where case_number = ?")
                        .param(caseNumber)
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from case_status_update where case_number = ?")
                        .param(caseNumber)
                        .query(Long.class)
                        .single(),
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey("SurveyFollowUp")
                        .count());
    }

    private String resolvedCase(Map<String, Object> differences) {
        String caseNumber = cases.openAtTier1("SURVEY", differences);
        cases.tier1Decides(
                caseNumber, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "reason", "Explained the charge"));
        return caseNumber;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return ApiClient.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return ApiClient.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
