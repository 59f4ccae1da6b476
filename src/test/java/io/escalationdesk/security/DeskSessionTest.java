package io.escalationdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EscalationDeskTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's sign-in: a session cookie out of scripts' reach, a CSRF token for every change, the
 * user's groups as the engine has them now; and integrators' HTTP Basic, without a session.
 */
@EscalationDeskTest
class DeskSessionTest {

    private static final String CASES = "/api/cases?size=1";
    private static final String TIER1 = "tier1";
    /** Refused for its empty list once it reaches the controller: nothing is stored. */
    private static final String NO_VOLUMES = "{\"volumes\": []}";

    @Autowired
    ApiClient api;

    @Autowired
    IdentityService identity;

    @Autowired
    ObjectMapper json;

    private final String agent = "desk-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tier1AgentWithAPassword() {
        User user = identity.newUser(agent);
        user.setPassword("first-password");
        identity.saveUser(user);
        identity.createMembership(agent, TIER1);
    }

    @AfterEach
    void removeAgentAndResetTheClock() {
        ClockUtil.reset();
        if (identity.createUserQuery().userId(agent).count() > 0) {
            identity.deleteUser(agent);
        }
    }

    @Test
    void aSignInSetsAnHttpOnlySameSiteCookieThatReadsUntilSignOut() throws Exception {
        HttpResponse<String> signIn = signIn("supervisor", "supervisor");

        assertThat(signIn.statusCode()).isEqualTo(200);
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax");
        // one SameSite only: Camunda's web apps would add their own
        assertThat(setCookie.split("SameSite", -1)).hasSize(2);
        JsonNode signedIn = json.readTree(signIn.body());
        assertThat(signedIn.get("user").asText()).isEqualTo("supervisor");
        assertThat(signedIn.get("csrfToken").asText()).isNotBlank();
        Desk desk = new Desk(
                setCookie.substring(0, setCookie.indexOf(';')),
                signedIn.get("csrfToken").asText());

        assertThat(desk.get("/api/lessons").statusCode()).isEqualTo(200);
        assertThat(json.readTree(desk.get("/api/session").body()).get("user").asText())
                .isEqualTo("supervisor");

        assertThat(desk.send("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        assertThat(desk.get("/api/lessons").statusCode()).isEqualTo(401);
        assertThat(desk.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401AndBeginsNoSession() throws Exception {
        HttpResponse<String> refused = signIn(agent, "a-guess");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("Wrong user or password").doesNotContain("a-guess");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aChangeOnTheCookieAloneIsRefused() throws Exception {
        Desk desk = desk("supervisor", "supervisor");
        Desk other = desk("supervisor", "supervisor");

        HttpResponse<String> withoutToken = desk.withToken(null).send("POST", "/api/contact-volumes", NO_VOLUMES);
        HttpResponse<String> othersToken =
                desk.withToken(other.csrfToken()).send("POST", "/api/contact-volumes", NO_VOLUMES);
        HttpResponse<String> withToken = desk.send("POST", "/api/contact-volumes", NO_VOLUMES);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("X-CSRF-TOKEN");
        assertThat(othersToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(400); // past the check: the empty list
        assertThat(withToken.body()).contains("volumes");
        assertThat(desk.withToken(null).send("DELETE", "/api/session", null).statusCode())
                .isEqualTo(403);
        assertThat(desk.get("/api/lessons").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void basicCallsCreateNoSessionAndNeedNoToken() throws Exception {
        HttpResponse<String> read = api.get("tier1-agent", CASES);
        HttpResponse<String> change = api.post("supervisor", "/api/contact-volumes", NO_VOLUMES);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(change.statusCode()).isEqualTo(400);
        assertThat(change.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void basicCredentialsCountAloneBesideASessionCookie() throws Exception {
        Desk supervisor = desk("supervisor", "supervisor");

        HttpResponse<String> asTier1 = ApiClient.send(api.as("tier1-agent", "/api/lessons")
                .header("Cookie", supervisor.cookie())
                .GET());

        assertThat(asTier1.statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionHasTheGroupsTheEngineHasNow() throws Exception {
        Desk desk = desk(agent, "first-password");
        assertThat(desk.get(CASES).statusCode()).isEqualTo(200);

        identity.deleteMembership(agent, TIER1);
        assertThat(desk.get(CASES).statusCode()).as("within the check interval").isEqualTo(200);
        later(Duration.ofSeconds(31));

        assertThat(desk.get(CASES).statusCode()).isEqualTo(403);
        identity.createMembership(agent, TIER1);
        later(Duration.ofSeconds(62));
        assertThat(desk.get(CASES).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewPasswordEndsTheSession() throws Exception {
        Desk desk = desk(agent, "first-password");

        User user = identity.createUserQuery().userId(agent).singleResult();
        user.setPassword("second-password");
        identity.saveUser(user);
        later(Duration.ofSeconds(31));

        assertThat(desk.get(CASES).statusCode()).isEqualTo(401);
        assertThat(desk(agent, "second-password").get(CASES).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeletedUsersSessionEnds() throws Exception {
        Desk desk = desk(agent, "first-password");

        identity.deleteUser(agent);
        later(Duration.ofSeconds(31));

        assertThat(desk.get(CASES).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndsAShiftAfterItBegan() throws Exception {
        Desk desk = desk(agent, "first-password");

        later(Duration.ofHours(10));

        assertThat(desk.get(CASES).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        return ApiClient.send(HttpRequest.newBuilder(api.uri("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("user", user, "password", password)))));
    }

    private Desk desk(String user, String password) throws Exception {
        HttpResponse<String> signIn = signIn(user, password);
        assertThat(signIn.statusCode()).isEqualTo(200);
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        return new Desk(
                setCookie.substring(0, setCookie.indexOf(';')),
                json.readTree(signIn.body()).get("csrfToken").asText());
    }

    /** The app's clock, which the session follows, moved on from now. */
    private static void later(Duration duration) {
        ClockUtil.offset(duration.toMillis());
    }

    /** A desk page's calls: the session cookie, and the CSRF token with every change. */
    private final class Desk {

        private final String cookie;
        private final String csrfToken;

        Desk(String cookie, String csrfToken) {
            this.cookie = cookie;
            this.csrfToken = csrfToken;
        }

        String cookie() {
            return cookie;
        }

        String csrfToken() {
            return csrfToken;
        }

        Desk withToken(String token) {
            return new Desk(cookie, token);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null);
        }

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                    .header("Cookie", cookie)
                    .header("X-Requested-With", "desk")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (csrfToken != null && !method.equals("GET")) {
                request.header("X-CSRF-TOKEN", csrfToken);
            }
            return ApiClient.send(request);
        }
    }
}
