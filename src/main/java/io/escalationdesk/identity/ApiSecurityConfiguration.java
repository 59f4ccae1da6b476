package io.escalationdesk.identity;

import static io.escalationdesk.identity.CamundaIdentityAuthentication.GROUP_PREFIX;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/**}: HTTP Basic with the engine's users. Agents, supervisors and administrators
 * create and read cases; auditors only read; anyone else gets 401 or 403 as a problem document.
 * {@code /actuator/**}: the health status for load balancers, everything else (metrics) for
 * administrators. The Camunda web apps and {@code /engine-rest} keep their own authentication.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

  private static final String[] ADMINS =
      Groups.adminGroupIds().map(group -> GROUP_PREFIX + group).toArray(String[]::new);
  private static final String[] WRITERS = Stream.concat(Stream.of(
              Groups.TIER1, Groups.TIER2, Groups.SUPERVISORS, Groups.MANAGEMENT, Groups.BILLING,
              Groups.TECHNICAL)
          .map(group -> GROUP_PREFIX + group.id),
          Stream.of(ADMINS))
      .toArray(String[]::new);
  private static final String[] READERS = Stream.concat(Stream.of(WRITERS),
          Stream.of(GROUP_PREFIX + Groups.AUDITORS.id))
      .toArray(String[]::new);

  @Bean
  SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthentication users)
      throws Exception {
    return basicWithProblems(http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority(READERS)
            .anyRequest().hasAnyAuthority(WRITERS)), users);
  }

  @Bean
  SecurityFilterChain actuator(HttpSecurity http, CamundaIdentityAuthentication users)
      throws Exception {
    return basicWithProblems(http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasAnyAuthority(ADMINS)), users);
  }

  private static SecurityFilterChain basicWithProblems(
      HttpSecurity http, CamundaIdentityAuthentication users) throws Exception {
    return http
        .authenticationProvider(users)
        .httpBasic(Customizer.withDefaults())
        // stateless Basic authentication: no session cookie, so no CSRF to defend against
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session ->
            session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) -> {
              // the desk page signs in with its own form, not the browser's Basic dialog
              if (request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"escalation-desk\"");
              }
              problem(response, HttpStatus.UNAUTHORIZED, "Sign in with your Tasklist user");
            })
            .accessDeniedHandler((request, response, e) ->
                problem(response, HttpStatus.FORBIDDEN, "Your groups may not do this")))
        .build();
  }

  private static void problem(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write(
        "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
            .formatted(status.getReasonPhrase(), status.value(), detail));
  }
}
