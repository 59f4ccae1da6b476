package io.escalationdesk.security;

import io.escalationdesk.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's sign-in: user and password once, for a session cookie the page's scripts cannot
 * read ({@link DeskSessions}). Integrators keep sending HTTP Basic and have no session.
 */
@RestController
@RequestMapping(path = "/api/session", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Desk sign-in")
class SessionController {

    record Credentials(@NotBlank String user, @NotBlank String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    /** @param csrfToken for the X-CSRF-TOKEN header of every request that changes something */
    record SignedIn(String user, String csrfToken) {}

    private final AuthenticationProvider users;
    private final DeskSessions sessions;

    SessionController(AuthenticationProvider users, DeskSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Operation(
            summary = "Sign in to the desk: a session cookie, HttpOnly and SameSite=Lax; "
                    + "401 for a wrong user or password")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SignedIn signIn(
            @Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        try {
            Authentication user = users.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(credentials.user(), credentials.password()));
            sessions.begin(user, request, response);
            return signedIn(user, request);
        } catch (AuthenticationException e) {
            throw new ErrorResponseException(
                    HttpStatus.UNAUTHORIZED, Problems.of(HttpStatus.UNAUTHORIZED, "Wrong user or password"), e);
        }
    }

    @Operation(summary = "Who is signed in on this session, and its CSRF token")
    @GetMapping
    SignedIn current(Authentication user, HttpServletRequest request) {
        return signedIn(user, request);
    }

    @Operation(summary = "Sign out: the session ends")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOut(HttpServletRequest request) {
        sessions.end(request);
    }

    private static SignedIn signedIn(Authentication user, HttpServletRequest request) {
        // the session's token, which CsrfFilter put on the request (masked afresh for each answer)
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new SignedIn(user.getName(), token.getToken());
    }
}
