package io.escalationdesk.engine.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Our API's users are Tasklist's users: checked against the engine's identity service, or
 * taken from {@link VerifiedSignIns} when it verified the same password a moment ago. Their
 * authorities are their group ids.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identity;
    private final VerifiedSignIns verified;
    private final UserStandings standings;

    CamundaIdentityAuthentication(IdentityService identity, VerifiedSignIns verified, UserStandings standings) {
        this.identity = identity;
        this.verified = verified;
        this.standings = standings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            throw new BadCredentialsException("Wrong user or password");
        }
        String password = credentials.toString();
        List<String> groups = verified.groupsOf(userId, password).orElseGet(() -> groupsFromEngine(userId, password));
        return UsernamePasswordAuthenticationToken.authenticated(
                userId, null, groups.stream().map(SimpleGrantedAuthority::new).toList());
    }

    private List<String> groupsFromEngine(String userId, String password) {
        if (!identity.checkPassword(userId, password)) {
            verified.refused(userId);
            throw new BadCredentialsException("Wrong user or password");
        }
        List<String> groups = standings.groupsOf(userId);
        verified.verified(userId, password, groups);
        return groups;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
