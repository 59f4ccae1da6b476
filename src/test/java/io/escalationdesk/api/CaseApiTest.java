package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case API over HTTP, as an integrator or the agent case page calls it, with the engine and
 * the database behind it. What the web layer alone decides (rights, a field's own rules, size,
 * media type) is in the controllers' slices ({@link ApiSlice}).
 */
@EscalationDeskTest
@Tag("database")
class CaseApiTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseJobs jobs;

    @Autowired
    IdentityService identity;

    @Test
    void intakeCreatesTheCaseAndRoutesIt() throws Exception {
        String customer = newCustomer();

        HttpResponse<String> response = post("tier1-agent", caseJson(customer, "BILLING_DISPUTE"), null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("ESC-\\d{4}-\\d{6}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + caseNumber);
        assertThat(body.get("level").asText()).isEqualTo("TIER1");
        assertThat(body.get("status").asText()).isEqualTo("OPEN");
        JsonNode stored = json.readTree(
                        api.get("tier1-agent", "/api/cases/" + caseNumber).body())
                .get("caseRecord");
        assertThat(stored.get("language").asText()).isEqualTo("EN");
        assertThat(stored.get("notificationOptOut").asBoolean()).isFalse();
        var process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
        // the customer and their words live in the case record; the process keeps what it routes on
        assertThat(runtime.getVariables(process.getId()))
                .containsEntry("category", "BILLING")
                .doesNotContainKeys("customerId", "customerName", "customerEmail", "customerPhone", "description");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      SMS without a phone   | SMS_NO_PHONE                                                 | preferredContactChannel
      no such country code  | PHONE=+999 1234 5678                                         | customerPhone
      too short a number    | PHONE=0049 1                                                 | customerPhone
      WhatsApp preferred    | PREFERRED=WHATSAPP                                           | preferredContactChannel
      """)
    void aCaseTheIntakeRefusesIs400NamingTheFieldAndStoresNothing(String label, String body, String field)
            throws Exception {
        long before = storedCases();

        HttpResponse<String> response = post("tier1-agent", badBody(body), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field"))
                .contains(field);
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = caseJson(newCustomer(), "COMPLEX_ISSUE");

        HttpResponse<String> first = post("tier1-agent", body, key);
        HttpResponse<String> retry = post("tier1-agent", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(caseNumberOf(retry)).isEqualTo(caseNumberOf(first));
    }

    @Test
    void twentyConcurrentIntakesWithOneIdempotencyKeyCreateExactlyOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String customer = newCustomer();
        String body = caseJson(customer, "COMPLEX_ISSUE");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> post("tier1-agent", body, key));
            }
            responses.addAll(pool.invokeAll(calls));
        } finally {
            pool.shutdown();
        }

        Set<String> caseNumbers = new HashSet<>();
        for (Future<HttpResponse<String>> response : responses) {
            assertThat(response.get().statusCode()).isIn(200, 201);
            caseNumbers.add(caseNumberOf(response.get()));
        }
        assertThat(caseNumbers).hasSize(1);
        assertThat(jdbc.sql("select count(*) from escalation_case where customer_id = ?")
                        .param(customer)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumbers.iterator().next())
                        .count())
                .isOne();
    }

    @Test
    void searchFindsCasesByPhoneWrittenAnyWayAndPages() throws Exception {
        String customer = newCustomer();
        String phone = "+49 30 " + (1_000_000 + (int) (Math.random() * 8_000_000));
        String first = caseNumberOf(
                post("tier1-agent", caseJson(customer, "COMPLEX_ISSUE").replace("+4915112345678", phone), null));
        String second = caseNumberOf(
                post("tier1-agent", caseJson(customer, "REPEAT_CONTACT").replace("+4915112345678", phone), null));

        JsonNode page = json.readTree(api.get(
                        "auditor",
                        "/api/cases?phone=" + phone.replace(" ", "").replace("+", "%2B")
                                + "&size=1&sort=caseNumber&direction=asc")
                .body());

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("caseNumber").asText()).isEqualTo(first);
        JsonNode secondPage = json.readTree(
                api.get("auditor", "/api/cases?customerId=" + customer + "&size=1&page=1&sort=caseNumber&direction=asc")
                        .body());
        assertThat(secondPage.get("items").get(0).get("caseNumber").asText()).isEqualTo(second);
    }

    @Test
    void aNumberTypedAsDialledAtHomeIsStoredInE164AndFoundByEveryForm() throws Exception {
        String customer = newCustomer();
        String national = "0151 " + (10_000_000 + (int) (Math.random() * 89_999_999));
        String e164 = "+49" + national.substring(1).replace(" ", "");
        String caseNumber = caseNumberOf(
                post("tier1-agent", caseJson(customer, "COMPLEX_ISSUE").replace("+4915112345678", national), null));

        for (String typed : List.of(
                national,
                e164,
                "0049" + e164.substring(3),
                "+49 (" + e164.substring(3, 6) + ") " + e164.substring(6))) {
            JsonNode page = json.readTree(
                    api.get("auditor", "/api/cases?phone=" + URLEncoder.encode(typed, StandardCharsets.UTF_8))
                            .body());
            assertThat(page.get("items").findValuesAsText("caseNumber"))
                    .as(typed)
                    .containsExactly(caseNumber);
        }
        assertThat(json.readTree(api.get("tier1-agent", "/api/cases/" + caseNumber)
                                .body())
                        .at("/caseRecord/customerPhone")
                        .asText())
                .isEqualTo(e164);
    }

    @Test
    void customersAreFoundByNameWhateverTheCaseAccentsAndUmlautsAndCaseNumbersInAnyCase() throws Exception {
        String customer = newCustomer();
        String surname = "Müller" + customer.substring(2).replaceAll("[^0-9]", "");
        String caseNumber = caseNumberOf(post(
                "tier1-agent",
                caseJson(customer, "COMPLEX_ISSUE").replace("\"Jane Doe\"", "\"Jürgen " + surname + "\""),
                null));

        for (String name : List.of(
                "juergen " + surname.replace("ü", "ue"),
                "JÜRGEN " + surname.toUpperCase(),
                "jurgen " + surname.replace("ü", "u"),
                surname.substring(0, 3).toLowerCase())) {
            JsonNode page = json.readTree(api.get(
                            "tier1-agent",
                            "/api/cases?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&size=100")
                    .body());
            assertThat(page.get("items").findValuesAsText("caseNumber"))
                    .as(name)
                    .contains(caseNumber);
        }
        assertThat(json.readTree(api.get(
                                        "tier1-agent",
                                        "/api/cases?name="
                                                + URLEncoder.encode("jürgen " + surname + "x", StandardCharsets.UTF_8))
                                .body())
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(json.readTree(api.get("tier1-agent", "/api/cases?caseNumber=" + caseNumber.toLowerCase())
                                .body())
                        .get("items")
                        .findValuesAsText("caseNumber"))
                .containsExactly(caseNumber);
    }

    @Test
    void searchCombinesCriteriaAndFreeText() throws Exception {
        String customer = newCustomer();
        String word = "zeppelin" + customer.substring(2).toLowerCase().replace("-", "");
        String caseNumber = caseNumberOf(post(
                "tier1-agent",
                caseJson(customer, "TECHNICAL_FAULT").replace("Charged twice", "Router " + word + " blinks"),
                null));

        JsonNode page = json.readTree(
                api.get("tier2-agent", "/api/cases?text=" + word + "&status=OPEN&level=TIER2&category=BILLING")
                        .body());

        assertThat(page.get("items").findValuesAsText("caseNumber")).containsExactly(caseNumber);
        assertThat(json.readTree(api.get("tier2-agent", "/api/cases?text=" + word + "&level=TIER1")
                                .body())
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void caseDetailShowsWhoEscalatedAndWorkedOnItFromTheEngine() throws Exception {
        String caseNumber = caseNumberOf(post("tier1-agent", caseJson(newCustomer(), "RESOLUTION_DELAYED"), null));
        jobs.runDue(caseNumber);
        completeTaskOf(caseNumber, "tier1-agent", "tier1", "ESCALATE");
        jobs.runDue(caseNumber);

        JsonNode detail =
                json.readTree(api.get("auditor", "/api/cases/" + caseNumber).body());

        assertThat(detail.get("escalatedBy").asText()).isEqualTo("tier1-agent");
        assertThat(detail.get("caseRecord").get("level").asText()).isEqualTo("TIER2");
        assertThat(detail.get("timeline").findValuesAsText("event")).containsExactly("OPENED", "ROUTED", "ESCALATED");
        JsonNode escalation = detail.get("timeline").get(2);
        assertThat(escalation.get("actor").asText()).isEqualTo("tier1-agent");
        assertThat(escalation.get("reason").asText()).isEqualTo("Needs a specialist");
        JsonNode firstTask = detail.get("tasks").get(0);
        assertThat(firstTask.get("task").asText()).isEqualTo("Resolve case");
        assertThat(firstTask.get("assignee").asText()).isEqualTo("tier1-agent");
        assertThat(firstTask.get("completedBy").asText()).isEqualTo("tier1-agent");
        assertThat(detail.get("tasks").get(1).get("task").asText()).isEqualTo("Resolve escalated case");
        assertThat(detail.get("notifications").findValuesAsText("event")).containsExactly("ROUTED", "ESCALATED");
        assertThat(detail.get("notifications").get(0).get("recipient").asText()).isEqualTo("j***@example.com");
    }

    @Test
    void theCaseShowsItsSlaClockStoppedWhileWaitingAndRunningOnAfterTheCustomersCall() throws Exception {
        try {
            EngineTime.setToBerlin("2026-11-27T17:00"); // Friday, Berlin
            String caseNumber = caseNumberOf(post("tier1-agent", caseJson(newCustomer(), "RESOLUTION_DELAYED"), null));
            jobs.runDue(caseNumber); // Rule_DelayedBillingCase: Tier 1 within PT1H, standard calendar

            JsonNode running = slaOf(caseNumber);
            assertThat(running.get("calendar").asText()).isEqualTo("standard");
            assertThat(running.get("firstResponseTarget").asText()).isEqualTo("PT15M");
            assertThat(running.get("firstResponseDueAt").asText()).isEqualTo("2026-11-27T16:15:00Z");
            assertThat(running.get("firstResponseAt").isNull()).isTrue();
            assertThat(running.get("target").asText()).isEqualTo("PT1H");
            assertThat(running.get("dueAt").asText()).isEqualTo("2026-11-27T17:00:00Z");
            assertThat(running.get("businessTimeLeft").asText()).isEqualTo("PT1H");
            assertThat(running.get("pausedSince").isNull()).isTrue();
            assertThat(running.get("totalPaused").asText()).isEqualTo("PT0S");
            assertThat(running.get("breaches")).isEmpty();

            EngineTime.setToBerlin("2026-11-27T17:20");
            completeTaskOf(caseNumber, "tier1-agent", "tier1", "INFORMATION_REQUESTED");
            JsonNode waiting = slaOf(caseNumber);
            assertThat(waiting.get("pausedSince").asText()).isEqualTo("2026-11-27T16:20:00Z");
            assertThat(waiting.get("firstResponseAt").asText()).isEqualTo("2026-11-27T16:20:00Z");
            assertThat(waiting.get("businessTimeLeft").asText()).isEqualTo("PT40M");
            assertThat(waiting.get("replyDueAt").asText()).isEqualTo("2026-12-03T16:20:00Z");

            EngineTime.setToBerlin("2026-11-30T09:00"); // Monday: the customer calls back
            assertThat(api.post(
                                    "tier1-agent",
                                    "/api/cases/" + caseNumber + "/contacts",
                                    "{\"channel\":\"PHONE\",\"note\":\"Invoice number is 4711\"}")
                            .statusCode())
                    .isEqualTo(200);
            JsonNode resumed = slaOf(caseNumber);
            assertThat(resumed.get("pausedSince").isNull()).isTrue();
            assertThat(resumed.get("dueAt").asText()).isEqualTo("2026-11-30T08:40:00Z");
            assertThat(resumed.get("businessTimeLeft").asText()).isEqualTo("PT40M");
            assertThat(resumed.get("totalPaused").asText()).isEqualTo("PT1H40M");
        } finally {
            EngineTime.reset();
        }
    }

    @Test
    void aCustomerAskingForASupervisorOnTheFollowUpCallEscalatesTheCase() throws Exception {
        String caseNumber = caseNumberOf(post("tier1-agent", caseJson(newCustomer(), "RESOLUTION_DELAYED"), null));
        jobs.runDue(caseNumber);

        HttpResponse<String> response = api.post(
                "tier2-agent",
                "/api/cases/" + caseNumber + "/contacts",
                "{\"channel\":\"PHONE\",\"note\":\"Wants a supervisor now\",\"askedForSupervisor\":true}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("escalated").asBoolean()).isTrue();
        assertThat(body.get("level").asText()).isEqualTo("SUPERVISOR");
        JsonNode timeline = json.readTree(
                        api.get("auditor", "/api/cases/" + caseNumber).body())
                .get("timeline");
        assertThat(timeline.findValuesAsText("event"))
                .containsExactly("OPENED", "ROUTED", "CUSTOMER_CONTACTED", "ESCALATED");
        assertThat(timeline.get(3).get("actor").asText()).isEqualTo("tier2-agent");
        assertThat(timeline.get(3).get("reason").asText())
                .isEqualTo("Customer asked for a supervisor: Wants a supervisor now");
    }

    @Test
    void aContactWithoutASupervisorRequestIsOnlyRecorded() throws Exception {
        String caseNumber = caseNumberOf(post("tier1-agent", caseJson(newCustomer(), "RESOLUTION_DELAYED"), null));

        HttpResponse<String> response = api.post(
                "tier1-agent",
                "/api/cases/" + caseNumber + "/contacts",
                "{\"channel\":\"CHAT\",\"note\":\"Asked for the status\"}");

        JsonNode body = json.readTree(response.body());
        assertThat(body.get("escalated").asBoolean()).isFalse();
        assertThat(body.get("level").asText()).isEqualTo("TIER1");
        JsonNode contact = json.readTree(
                        api.get("auditor", "/api/cases/" + caseNumber).body())
                .get("timeline")
                .get(2);
        assertThat(contact.get("event").asText()).isEqualTo("CUSTOMER_CONTACTED");
        assertThat(contact.get("reason").asText()).isEqualTo("Chat: Asked for the status");
    }

    @Test
    void aContactOnAClosedCaseOpensALinkedFollowUpCase() throws Exception {
        String closed = caseNumberOf(post("tier1-agent", caseJson(newCustomer(), "RESOLUTION_DELAYED"), null));
        jobs.runDue(closed);
        completeTaskOf(closed, "tier1-agent", "tier1", "RESOLVED");
        jobs.runDue(closed);

        HttpResponse<String> response = api.post(
                "tier1-agent",
                "/api/cases/" + closed + "/contacts",
                "{\"channel\":\"EMAIL\",\"note\":\"Charged a third time\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        String followUp = body.get("caseNumber").asText();
        assertThat(followUp).isNotEqualTo(closed);
        assertThat(body.get("followUpOf").asText()).isEqualTo(closed);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + followUp);
        JsonNode followUpCase =
                json.readTree(api.get("auditor", "/api/cases/" + followUp).body());
        assertThat(followUpCase.get("caseRecord").get("linkedCaseNumber").asText())
                .isEqualTo(closed);
        assertThat(followUpCase.get("caseRecord").get("trigger").asText()).isEqualTo("REPEAT_CONTACT");
        JsonNode closedCase =
                json.readTree(api.get("auditor", "/api/cases/" + closed).body());
        assertThat(closedCase.get("caseRecord").get("status").asText()).isEqualTo("CLOSED");
        assertThat(closedCase.get("timeline").findValuesAsText("event")).endsWith("CUSTOMER_CONTACTED");
    }

    @Test
    void aContactOnAnUnknownCaseIs404AndRecordsNothing() throws Exception {
        long updates = jdbc.sql("select count(*) from case_status_update")
                .query(Long.class)
                .single();

        HttpResponse<String> unknown = api.post(
                "tier1-agent", "/api/cases/ESC-1999-999999/contacts", "{\"channel\":\"PHONE\",\"note\":\"Hello\"}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from case_status_update")
                        .query(Long.class)
                        .single())
                .isEqualTo(updates);
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        // not a user the other tests sign in as: the engine delays logins after a failed attempt
        HttpResponse<String> response = ApiClient.send(HttpRequest.newBuilder(api.uri("/api/cases"))
                .header("Authorization", ApiClient.basic("technical-agent", "guess"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithExamples() throws Exception {
        JsonNode document = json.readTree(
                ApiClient.send(HttpRequest.newBuilder(api.uri("/v3/api-docs")).GET())
                        .body());

        assertThat(document.get("paths").get("/api/cases").has("post")).isTrue();
        assertThat(document.get("paths").get("/api/cases").has("get")).isTrue();
        assertThat(document.get("paths").get("/api/cases/{caseNumber}").has("get"))
                .isTrue();
        assertThat(document.get("paths").get("/api/cases/{caseNumber}/contacts").has("post"))
                .isTrue();
        assertThat(document.get("paths")
                        .get("/api/cases/{caseNumber}/notification-preferences")
                        .has("put"))
                .isTrue();
        assertThat(document.get("paths")
                        .get("/api/cases/{caseNumber}/notifications/{id}/retry")
                        .has("post"))
                .isTrue();
        assertThat(document.at("/components/schemas/NewCase/properties/trigger/example")
                        .asText())
                .isEqualTo("BILLING_DISPUTE");
    }

    // --- helpers

    private JsonNode slaOf(String caseNumber) throws Exception {
        return json.readTree(api.get("tier1-agent", "/api/cases/" + caseNumber).body())
                .get("sla");
    }

    /** Claims and completes the case's open task as the user, the way Tasklist does. */
    private void completeTaskOf(String caseNumber, String user, String group, String outcome) {
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.claim(taskId, user);
            tasks.complete(
                    taskId,
                    Map.of(
                            "outcome",
                            outcome,
                            "reason",
                            "Needs a specialist",
                            "resolutionCode",
                            "ANSWERED",
                            "resolutionSummary",
                            "We answered the question."));
        } finally {
            identity.clearAuthentication();
        }
    }

    private long storedCases() {
        return jdbc.sql("select count(*) from escalation_case")
                        .query(Long.class)
                        .single()
                + runtime.createProcessInstanceQuery().count();
    }

    private static String newCustomer() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String caseJson(String customerId, String trigger) {
        return """
        {"customerId":"%s","customerName":"Jane Doe","customerEmail":"jane.doe@example.com",
         "customerPhone":"+4915112345678","preferredContactChannel":"EMAIL","channel":"PHONE",
         "category":"BILLING","priority":"NORMAL","trigger":"%s","customerSegment":"STANDARD",
         "description":"Charged twice for the October invoice","externalReference":"CRM-1"}""".formatted(customerId, trigger);
    }

    /** A valid case with one thing broken. */
    private static String badBody(String spec) {
        String valid = caseJson(newCustomer(), "COMPLEX_ISSUE");
        if (spec.startsWith("PHONE=")) {
            return valid.replace("+4915112345678", spec.substring(6));
        }
        if (spec.startsWith("PREFERRED=")) {
            return valid.replace("\"EMAIL\"", "\"" + spec.substring(10) + "\"");
        }
        // SMS_NO_PHONE
        return valid.replace("\"EMAIL\"", "\"SMS\"").replace("\"+4915112345678\"", "null");
    }

    private static String caseNumberOf(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body()).get("caseNumber").asText();
    }

    private HttpResponse<String> post(String user, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = api.as(user, "/api/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return ApiClient.send(request);
    }
}
