package io.escalationdesk.engine;

import static io.escalationdesk.engine.CustomerEscalationProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A task form shows the case as it is when the agent opens it, not as it was when the task was
 * created: a supervisor's later approval, a customer's new message, a paused clock. Tasklist reads
 * a task's form variables from the webapps' engine API ({@code /camunda/api/engine/...}),
 * integrators from {@code /engine-rest}; this filter writes the current values over the task's
 * copies in either answer. It rewrites only an answer the engine gave after its own authorization,
 * and writes nothing to the engine.
 */
@Configuration(proxyBeanMethods = false)
class FreshFormContext {

  private static final Pattern FORM_VARIABLES = Pattern.compile("/task/[^/]+/form-variables$");
  /** How Camunda's REST API writes a date variable. */
  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Bean
  FilterRegistrationBean<Refresh> freshFormContextFilter(CaseNow now, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new Refresh(now, json));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }

  static class Refresh extends OncePerRequestFilter {

    private final CaseNow now;
    private final ObjectMapper json;

    Refresh(CaseNow now, ObjectMapper json) {
      this.now = now;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod())
          || !FORM_VARIABLES.matcher(request.getRequestURI()).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      var answer = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, answer);
      if (answer.getStatus() == 200) {
        byte[] fresh = refreshed(answer.getContentAsByteArray());
        answer.resetBuffer();
        answer.getOutputStream().write(fresh);
      }
      answer.copyBodyToResponse();
    }

    private byte[] refreshed(byte[] body) throws IOException {
      JsonNode variables = json.readTree(body);
      String caseNumber = variables.path(CASE_NUMBER).path("value").textValue();
      if (caseNumber == null || !(variables instanceof ObjectNode)) {
        return body;
      }
      replace(variables, LATEST_UPDATES, now.latestUpdates(caseNumber));
      replace(variables, CUSTOMER_MESSAGES, now.customerMessages(caseNumber));
      if (variables.has(SLA_DUE_AT)) {
        String due = variables.path(SLA_DUE_AT).path("value").textValue();
        replace(variables, SLA_DUE, now.slaDue(due == null ? null
            : OffsetDateTime.parse(due, ENGINE_DATE).toInstant()));
      }
      return json.writeValueAsBytes(variables);
    }

    /** Only what the task already carries: a form that asked for other names gets no more. */
    private static void replace(JsonNode variables, String name, String value) {
      if (variables.get(name) instanceof ObjectNode shown) {
        shown.put("value", value);
      }
    }
  }
}
