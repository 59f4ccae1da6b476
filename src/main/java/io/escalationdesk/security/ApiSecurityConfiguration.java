package io.escalationdesk.security;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.engine.identity.GroupGrants;
import io.escalationdesk.staff.StaffGroup;
import io.escalationdesk.staff.StaffGroup.CaseAccess;
import io.escalationdesk.staff.StaffGroup.FigureAccess;
import io.escalationdesk.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code /api/**}: the engine's users, by HTTP Basic on each call or, on the desk's pages, by the
 * session their sign-in began; the same rights either way. Agents, supervisors and administrators
 * create and read cases; auditors and process owners only read; anyone else gets 401 or 403 as a
 * problem document. Insight: the teams' and the policy's figures for supervisors, management,
 * auditors, process owners and administrators; every agent's for supervisors, management and administrators; an agent reads
 * their own; anyone signed in may ask which of these they read.
 * A partner team's agents read the cases their partner has now, and nothing else.
 * Feedback: survey answers from a survey tool for integrations; the review of lessons and answers
 * for supervisors, management, process owners and administrators. Knowledge articles: every agent
 * reads the published ones; supervisors, process owners and administrators write, edit and publish
 * them. {@code /survey/**}: the
 * customers' survey page, open to anyone with a link.
 * {@code /actuator/**}: the health probes for load balancers, everything else (metrics) for
 * administrators. The Camunda web apps and {@code /engine-rest} keep their own authentication.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** A call with credentials of its own, Basic or not: the desk's session plays no part in it. */
    private static final RequestMatcher WITH_CREDENTIALS = new AndRequestMatcher(
            API,
            new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION),
            new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/session")));

    private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

    /** Integrators (and scripts): HTTP Basic on every request, no session. */
    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationProvider users, Problems problems, Partners partners)
            throws Exception {
        return basicWithProblems(
                http.securityMatcher(WITH_CREDENTIALS)
                        .authorizeHttpRequests(requests -> whoMayDoWhat(requests, partners)),
                users,
                problems);
    }

    /**
     * The desk's pages: the session their sign-in began ({@link SessionController}), with the same
     * rights. A request that changes something carries the session's CSRF token in
     * {@code X-CSRF-TOKEN} besides the cookie: SameSite=Lax keeps the cookie from the changes other
     * sites start, the token also from those of other hosts of our own site (a sibling subdomain
     * is the same site), and from forms of any kind, whatever browser.
     */
    @Bean
    SecurityFilterChain desk(HttpSecurity http, DeskSessions sessions, Problems problems, Partners partners)
            throws Exception {
        return withProblems(
                        http.securityMatcher(new AndRequestMatcher(API, new NegatedRequestMatcher(WITH_CREDENTIALS)))
                                .authorizeHttpRequests(requests -> whoMayDoWhat(requests, partners))
                                .securityContext(context -> context.securityContextRepository(sessions.contexts()))
                                // only a sign-in begins a session; an anonymous request never does
                                .sessionManagement(
                                        session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                                .requestCache(cache -> cache.disable())
                                .csrf(csrf -> csrf.csrfTokenRepository(sessions.csrfTokens())
                                        // no session yet to hold a token; a sign-in takes only application/json, which
                                        // no
                                        // form of another site can send
                                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                                .matcher(HttpMethod.POST, "/api/session")))
                                .addFilterAfter(
                                        (request, response, chain) -> {
                                            sessions.check(
                                                    (HttpServletRequest) request, (HttpServletResponse) response);
                                            chain.doFilter(request, response);
                                        },
                                        SecurityContextHolderFilter.class),
                        problems)
                .build();
    }

    private static void whoMayDoWhat(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            Partners partners) {
        List<String> caseReaders = new ArrayList<>(StaffGroup.mayUseCaseApi(CaseAccess.READ));
        caseReaders.addAll(partners.groups());
        requests
                // the desk's sign-in and sign-out; who is signed in
                .requestMatchers(HttpMethod.POST, "/api/session")
                .permitAll()
                .requestMatchers(HttpMethod.DELETE, "/api/session")
                .permitAll()
                .requestMatchers("/api/session")
                .authenticated()
                // which figures the caller may read, so a page asks for no more
                .requestMatchers(HttpMethod.GET, "/api/insights/access")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/insights/agents/{agent}")
                .access(ownOr(StaffGroup.mayRead(FigureAccess.AGENTS)))
                .requestMatchers(HttpMethod.GET, "/api/insights/agents")
                .hasAnyAuthority(authorities(StaffGroup.mayRead(FigureAccess.AGENTS)))
                .requestMatchers(HttpMethod.GET, "/api/insights/**")
                .hasAnyAuthority(authorities(StaffGroup.mayRead(FigureAccess.TEAMS)))
                .requestMatchers(HttpMethod.POST, "/api/contact-volumes")
                .hasAnyAuthority(authorities(StaffGroup.mayRead(FigureAccess.AGENTS)))
                .requestMatchers(HttpMethod.POST, "/api/cases/{caseNumber}/survey-answers")
                .hasAnyAuthority(authorities(StaffGroup.mayReportSurveyAnswers()))
                .requestMatchers("/api/parked-messages")
                .hasAnyAuthority(authorities(GroupGrants.administrators()))
                .requestMatchers("/api/lessons/**", "/api/survey-answers")
                .hasAnyAuthority(authorities(StaffGroup.mayReviewFeedback()))
                // the evidence behind the dashboard's push-down candidates
                .requestMatchers(HttpMethod.GET, "/api/knowledge/evidence")
                .hasAnyAuthority(authorities(StaffGroup.mayRead(FigureAccess.TEAMS)))
                // the call center's people read the published articles, editors also the drafts
                // (KnowledgeController); only editors change them
                .requestMatchers(HttpMethod.GET, "/api/knowledge/**")
                .hasAnyAuthority(authorities(StaffGroup.mayUseCaseApi(CaseAccess.READ)))
                .requestMatchers("/api/knowledge/**")
                .hasAnyAuthority(authorities(StaffGroup.mayEditArticles()))
                // a partner's agents read the cases their partner has (CaseController filters them)
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/cases",
                        "/api/cases/{caseNumber}",
                        "/api/cases/{caseNumber}/similar",
                        "/api/cases/{caseNumber}/articles",
                        "/api/cases/{caseNumber}/customer-history",
                        "/api/labels",
                        "/api/desk-settings")
                .hasAnyAuthority(authorities(caseReaders))
                .requestMatchers(HttpMethod.GET, "/api/**")
                .hasAnyAuthority(authorities(StaffGroup.mayUseCaseApi(CaseAccess.READ)))
                .anyRequest()
                .hasAnyAuthority(authorities(StaffGroup.mayUseCaseApi(CaseAccess.WRITE)));
    }

    /**
     * Customers' messages from SMS, WhatsApp and chat providers: no sign-in, since each provider
     * signs its requests and {@code inbound.Webhooks} checks every signature; no session.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain inboundWebhooks(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/inbound/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The desk's pages: static files whose data comes from the signed-in API, so nothing here
     * needs a sign-in or a session. A strict policy: scripts and styles only from the app itself,
     * nothing inline, so text a customer wrote can never run as a script there; never framed.
     */
    @Bean
    SecurityFilterChain deskPageHeaders(HttpSecurity http) throws Exception {
        return openPage(
                http,
                "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                        + "frame-ancestors 'none'",
                "/desk",
                "/desk/**");
    }

    /**
     * The customers' survey page: no sign-in (the link's token is the key), no session, so no CSRF
     * to defend against; no scripts, styles only inline, posts only to itself, never framed.
     */
    @Bean
    SecurityFilterChain surveyPage(HttpSecurity http) throws Exception {
        return openPage(
                http,
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'",
                "/survey/**");
    }

    /** Pages anyone may load, without a session, under a content policy, sending no referrer. */
    private static SecurityFilterChain openPage(HttpSecurity http, String contentPolicy, String... paths)
            throws Exception {
        return http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(contentPolicy))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    SecurityFilterChain actuator(HttpSecurity http, AuthenticationProvider users, Problems problems) throws Exception {
        return basicWithProblems(
                http.securityMatcher(EndpointRequest.toAnyEndpoint())
                        .authorizeHttpRequests(
                                requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                                        .permitAll()
                                        .anyRequest()
                                        .hasAnyAuthority(authorities(GroupGrants.administrators()))),
                users,
                problems);
    }

    private static SecurityFilterChain basicWithProblems(
            HttpSecurity http, AuthenticationProvider users, Problems problems) throws Exception {
        return withProblems(
                        http.authenticationProvider(users)
                                .httpBasic(Customizer.withDefaults())
                                // stateless Basic authentication: no session cookie, so no CSRF to defend against
                                .csrf(csrf -> csrf.disable())
                                .sessionManagement(
                                        session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)),
                        problems)
                .build();
    }

    /** 401 and 403 as problem documents. */
    private static HttpSecurity withProblems(HttpSecurity http, Problems problems) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, e) -> {
            // the desk page signs in with its own form, not the browser's Basic dialog
            if (request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"escalation-desk\"");
            }
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "Sign in with your Tasklist user"));
        };
        return http.exceptionHandling(errors -> errors.authenticationEntryPoint(signIn)
                .accessDeniedHandler((request, response, e) -> {
                    if (!(e instanceof CsrfException)) {
                        problems.write(
                                request, response, Problems.of(HttpStatus.FORBIDDEN, "Your groups may not do this"));
                    } else if (SIGNED_IN.isAuthenticated(
                            SecurityContextHolder.getContext().getAuthentication())) {
                        problems.write(
                                request,
                                response,
                                Problems.of(
                                        HttpStatus.FORBIDDEN, "A change needs this session's token in X-CSRF-TOKEN"));
                    } else {
                        // the session ended: a token cannot help, signing in again does
                        signIn.commence(request, response, new InsufficientAuthenticationException(e.getMessage(), e));
                    }
                }));
    }

    /** The agent named in the path themselves, or a member of one of the groups. */
    private static AuthorizationManager<RequestAuthorizationContext> ownOr(List<String> groups) {
        var members = AuthorityAuthorizationManager.<RequestAuthorizationContext>hasAnyAuthority(authorities(groups));
        // anonymous is no agent, whatever its name: it has no figures of its own
        return (authentication, request) -> new AuthorizationDecision(SIGNED_IN.isAuthenticated(authentication.get())
                        && authentication
                                .get()
                                .getName()
                                .equals(request.getVariables().get("agent"))
                || members.authorize(authentication, request).isGranted());
    }

    private static String[] authorities(List<String> groups) {
        return GroupGrants.withAdministrators(groups).toArray(String[]::new);
    }
}
