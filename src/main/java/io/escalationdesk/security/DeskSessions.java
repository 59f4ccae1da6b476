package io.escalationdesk.security;

import io.escalationdesk.engine.identity.UserStandings;
import io.escalationdesk.engine.identity.UserStandings.Standing;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The desk's sign-in, kept in the servlet session instead of a password kept by the browser: its
 * cookie is HttpOnly, SameSite=Lax and, behind HTTPS, Secure ({@code server.servlet.session}).
 * It begins with a password the engine verified; it ends at sign-out, after the idle timeout, at
 * the latest {@code escalation.desk.session-at-most} after it began, and once the user is deleted
 * or has a new password. Every {@code escalation.identity.keep-sign-ins-for} the session is held
 * against the engine, so it has the user's groups as they are now: what a group may no longer
 * read, the desk no longer shows.
 */
@Component
class DeskSessions {

    /** When the sign-in began and was last held against the engine; the password it began with. */
    private record SignIn(Instant began, Instant checked, String passwordStamp) implements Serializable {}

    private static final String SIGN_IN = DeskSessions.class.getName() + ".SIGN_IN";

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final SessionAuthenticationStrategy newIdentity = new CompositeSessionAuthenticationStrategy(List.of(
            // a session id planted before the sign-in, or a token read before it, is worth nothing
            new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
    private final UserStandings standings;
    private final Clock clock;
    private final Duration checkEvery;
    private final Duration atMost;

    DeskSessions(
            UserStandings standings,
            Clock clock,
            @Value("${escalation.identity.keep-sign-ins-for}") Duration checkEvery,
            @Value("${escalation.desk.session-at-most}") Duration atMost) {
        this.standings = standings;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.atMost = atMost;
    }

    SecurityContextRepository contexts() {
        return contexts;
    }

    CsrfTokenRepository csrfTokens() {
        return csrfTokens;
    }

    /** A session for the user whose password the engine has just verified. */
    void begin(Authentication user, HttpServletRequest request, HttpServletResponse response) {
        String passwordStamp = standings
                .standingOf(user.getName())
                .orElseThrow(() -> new BadCredentialsException("Wrong user or password"))
                .passwordStamp();
        newIdentity.onAuthentication(user, request, response);
        Instant now = clock.instant();
        request.getSession().setAttribute(SIGN_IN, new SignIn(now, now, passwordStamp));
        keep(user, request, response);
    }

    /** On every request of a session, before anything reads who signed in. */
    void check(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGN_IN) instanceof SignIn signIn)) {
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(signIn.began().plus(atMost))) {
            end(request);
            return;
        }
        if (now.isBefore(signIn.checked().plus(checkEvery))) {
            return;
        }
        Authentication user = holder.getContext().getAuthentication();
        Optional<Standing> standing = user == null ? Optional.empty() : standings.standingOf(user.getName());
        if (standing.isEmpty() || !standing.get().passwordStamp().equals(signIn.passwordStamp())) {
            end(request);
            return;
        }
        session.setAttribute(SIGN_IN, new SignIn(signIn.began(), now, signIn.passwordStamp()));
        keep(
                UsernamePasswordAuthenticationToken.authenticated(
                        user.getName(),
                        null,
                        standing.get().groups().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()),
                request,
                response);
    }

    /** Ends the browser's session: the desk's sign-in and, sharing it, the web apps'. */
    void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        holder.clearContext();
    }

    private void keep(Authentication user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(user);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
