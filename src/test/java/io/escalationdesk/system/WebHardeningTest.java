package io.escalationdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.ApiClient;
import io.escalationdesk.EscalationDeskTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a stranger can reach, the web apps' CSRF protection and cross-origin access. */
@EscalationDeskTest
class WebHardeningTest {

    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @Autowired
    ApiClient api;

    @Test
    void strangersGetNoConsoleNoActuatorAndNoStackTraces() throws Exception {
        assertThat(anonymous("/h2-console").statusCode()).isIn(401, 404);
        assertThat(anonymous("/actuator/env").statusCode()).isIn(401, 404);
        assertThat(anonymous("/actuator/metrics").statusCode()).isEqualTo(401);
        HttpResponse<String> health = anonymous("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("details");
        HttpResponse<String> broken = api.post("tier1-agent", "/api/cases", "{\"customerId\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception", "at org.", "at io.");
        HttpResponse<String> engineError = api.get("tier1-agent", "/engine-rest/task/unknown/form");
        assertThat(engineError.body()).doesNotContain("\tat ", "at org.camunda");
    }

    @Test
    void theWebAppsRefuseAModifyingCallWithoutTheCsrfToken() throws Exception {
        // two browsers: a refused call ends its session, so each starts afresh
        Browser forger = new Browser();
        Browser tasklist = new Browser();

        assertThat(forger.send(login()).statusCode()).isEqualTo(403);
        assertThat(tasklist.send(login().header("X-XSRF-TOKEN", tasklist.csrfToken()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyConfiguredOriginsMayCallTheApisFromABrowser() throws Exception {
        for (String path : new String[] {"/api/cases", "/engine-rest/deployment/create"}) {
            HttpResponse<String> allowed = preflight(path, "https://crm.example.com");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("https://crm.example.com");
            assertThat(allowed.headers()
                            .firstValue("Access-Control-Allow-Headers")
                            .orElseThrow())
                    .containsIgnoringCase("authorization");

            HttpResponse<String> stranger = preflight(path, "https://evil.example.net");
            assertThat(stranger.statusCode()).isEqualTo(403);
            assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
        HttpResponse<String> read = ApiClient.send(api.as("auditor", "/engine-rest/process-definition")
                .header("Origin", "https://crm.example.com")
                .GET());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("https://crm.example.com");
    }

    private HttpResponse<String> preflight(String path, String origin) throws Exception {
        return ApiClient.send(HttpRequest.newBuilder(api.uri(path))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /** A browser that opened Tasklist: it holds a session and the CSRF token cookie. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .build();

        Browser() throws Exception {
            http.send(
                    HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/default/"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        String csrfToken() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpRequest.Builder login() {
        return HttpRequest.newBuilder(api.uri(LOGIN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=tier2-agent&password=tier2-agent"));
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return ApiClient.send(HttpRequest.newBuilder(api.uri(path)).GET());
    }
}
