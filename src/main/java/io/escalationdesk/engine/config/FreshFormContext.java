package io.escalationdesk.engine.config;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.escalationdesk.engine.read.CaseNow;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
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
 * and writes nothing to the engine. Which case the task belongs to, and when its SLA runs out, it
 * reads from the task's process, never from the answer: a task's own variables are the agent's to
 * change.
 */
@Configuration(proxyBeanMethods = false)
class FreshFormContext {

    private static final Pattern FORM_VARIABLES = Pattern.compile("/task/([^/]+)/form-variables$");

    @Bean
    FilterRegistrationBean<Refresh> freshFormContextFilter(
            CaseNow now, ObjectMapper json, ProcessEngineConfigurationImpl engine, CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new Refresh(now, json, engine));
        registration.addUrlPatterns(WebappEngineApi.pathOf(camunda), "/engine-rest/*");
        return registration;
    }

    /** The case a task belongs to, and when its SLA runs out; none for a task of no case. */
    private record TaskCase(String caseNumber, Instant slaDueAt) {}

    static class Refresh extends OncePerRequestFilter {

        private final CaseNow now;
        private final ObjectMapper json;
        private final ProcessEngineConfigurationImpl engine;

        Refresh(CaseNow now, ObjectMapper json, ProcessEngineConfigurationImpl engine) {
            this.now = now;
            this.json = json;
            this.engine = engine;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod())
                    || !FORM_VARIABLES.matcher(request.getRequestURI()).find();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var answer = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, answer);
            if (answer.getStatus() == 200) {
                Matcher task = FORM_VARIABLES.matcher(request.getRequestURI());
                task.find();
                byte[] fresh = refreshed(answer.getContentAsByteArray(), task.group(1));
                answer.resetBuffer();
                answer.getOutputStream().write(fresh);
            }
            answer.copyBodyToResponse();
        }

        private byte[] refreshed(byte[] body, String taskId) throws IOException {
            JsonNode variables = json.readTree(body);
            TaskCase taskCase = caseOf(taskId);
            if (taskCase == null || !(variables instanceof ObjectNode)) {
                return body;
            }
            replace(variables, LATEST_UPDATES, now.latestUpdates(taskCase.caseNumber()));
            replace(variables, CUSTOMER_MESSAGES, now.customerMessages(taskCase.caseNumber()));
            replace(variables, SLA_DUE, now.slaDue(taskCase.slaDueAt()));
            return json.writeValueAsBytes(variables);
        }

        /**
         * Read past the engine's authorization checks: the engine has just let the user read this
         * task's form, and nothing of the process leaves here but the case number and the due time.
         */
        private TaskCase caseOf(String taskId) {
            return engine.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                ExecutionEntity process = task == null ? null : task.getProcessInstance();
                if (process == null || process.getBusinessKey() == null) {
                    return null;
                }
                Object due = process.getVariable(SLA_DUE_AT);
                return new TaskCase(process.getBusinessKey(), due instanceof Date date ? date.toInstant() : null);
            });
        }

        /** Only what the task already carries: a form that asked for other names gets no more. */
        private static void replace(JsonNode variables, String name, String value) {
            if (variables.get(name) instanceof ObjectNode shown) {
                shown.put("value", value);
            }
        }
    }
}
