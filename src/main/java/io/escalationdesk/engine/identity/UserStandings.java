package io.escalationdesk.engine.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * What the engine says of a user now: whether they still exist, their groups, and whether their
 * password is still the one they signed in with. A sign-in kept for hours (the desk's session)
 * is held against it every little while.
 */
@Component
public class UserStandings {

    /**
     * @param passwordStamp changes whenever the password does; a digest of the engine's salted
     *     hash, never the password or the hash itself
     */
    public record Standing(List<String> groups, String passwordStamp) {}

    private final IdentityService identity;

    UserStandings(IdentityService identity) {
        this.identity = identity;
    }

    /** Empty once the user is deleted. */
    public Optional<Standing> standingOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new Standing(groupsOf(userId), stamp(user.getPassword())));
    }

    List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private static String stamp(String storedHash) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(storedHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
