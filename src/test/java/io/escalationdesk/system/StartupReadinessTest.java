package io.escalationdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tomcat answers before the process application is deployed: the deployment runs when the
 * context is refreshed, after the web server started. A listener that runs before it calls the
 * API and the probes in that window, as a load balancer's or a client's early request would.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            // beside the other tests' cached application: one engine per name in a JVM
            "camunda.bpm.process-engine-name=startup",
            "camunda.bpm.generate-unique-process-application-name=true",
            "camunda.bpm.client.disable-auto-fetching=true"
        })
@Import(StartupReadinessTest.EarlyCalls.class)
class StartupReadinessTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Map<String, HttpResponse<String>> beforeDeployment = new ConcurrentHashMap<>();

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void untilTheProcessesAreDeployedTheApiAnswers503AndTheNodeIsNotReady() throws Exception {
        HttpResponse<String> intake = beforeDeployment.get("intake");
        assertThat(intake.statusCode()).isEqualTo(503);
        assertThat(intake.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(intake.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(intake.body()).get("status").asInt()).isEqualTo(503);
        assertThat(beforeDeployment.get("search").statusCode()).isEqualTo(503);
        assertThat(beforeDeployment.get("readiness").statusCode()).isEqualTo(503);
        assertThat(beforeDeployment.get("readiness").body()).contains("OUT_OF_SERVICE");
        assertThat(jdbc.sql("select count(*) from escalation_case")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onceDeployedTheNodeIsReadyAndTheApiAnswers() throws Exception {
        assertThat(ApiClient.send(HttpRequest.newBuilder(api.uri("/actuator/health/readiness")))
                        .body())
                .isEqualTo("{\"status\":\"UP\"}");
        assertThat(ApiClient.send(HttpRequest.newBuilder(api.uri("/actuator/health/liveness")))
                        .body())
                .isEqualTo("{\"status\":\"UP\"}");
        assertThat(api.get("tier1-agent", "/api/cases").statusCode()).isEqualTo(200);
    }

    /** Runs before the process application's own listener deploys. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EarlyCalls implements ApplicationListener<ContextRefreshedEvent>, Ordered {

        private final Environment environment;

        EarlyCalls(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            String base = "http://localhost:" + environment.getProperty("local.server.port");
            beforeDeployment.put(
                    "intake",
                    call(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                            .header("Authorization", ApiClient.basic("tier1-agent", "tier1-agent"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
              {"customerId":"C-EARLY","customerName":"Early Bird","customerEmail":"early@example.com",
               "preferredContactChannel":"EMAIL","channel":"PHONE","category":"GENERAL",
               "priority":"NORMAL","trigger":"COMPLEX_ISSUE","customerSegment":"STANDARD",
               "description":"Called while the desk was starting"}"""))));
            beforeDeployment.put(
                    "search",
                    call(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                            .header("Authorization", ApiClient.basic("tier1-agent", "tier1-agent"))));
            beforeDeployment.put(
                    "readiness", call(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        private static HttpResponse<String> call(HttpRequest.Builder request) {
            try {
                return ApiClient.send(request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
