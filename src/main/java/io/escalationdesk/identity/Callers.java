package io.escalationdesk.identity;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The engine groups of an API caller, as the engine's authorizations expect them. */
public final class Callers {

  private Callers() {}

  public static List<String> groupsOf(Authentication caller) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(CamundaIdentityAuthentication.GROUP_PREFIX))
        .map(authority -> authority.substring(CamundaIdentityAuthentication.GROUP_PREFIX.length()))
        .toList();
  }
}
