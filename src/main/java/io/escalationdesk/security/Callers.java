package io.escalationdesk.security;

import io.escalationdesk.intake.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** An API caller as intake and the engine's authorizations know them: user and groups. */
public final class Callers {

    private Callers() {}

    public static Caller of(Authentication caller) {
        return new Caller(
                caller.getName(),
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }
}
