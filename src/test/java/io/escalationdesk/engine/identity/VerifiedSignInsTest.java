package io.escalationdesk.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.ApiClient;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.staff.StaffGroup;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sign-in the API keeps for a moment ends as soon as the user's password, groups or lock
 * change: as Camunda Admin changes them, through {@code /engine-rest}.
 */
@EscalationDeskTest
@Tag("database")
class VerifiedSignInsTest {

    private static final String CASES = "/api/cases?size=1";

    @Autowired
    ApiClient api;

    @Autowired
    IdentityService identity;

    private final String userId = "signin-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tier1AgentWithAPassword() {
        User user = identity.newUser(userId);
        user.setPassword("first-password");
        identity.saveUser(user);
        identity.createMembership(userId, StaffGroup.TIER1.id());
    }

    @AfterEach
    void removeUser() {
        identity.deleteUser(userId);
    }

    @Test
    void aNewPasswordEndsTheOldOneAtOnce() throws Exception {
        assertThat(casesAs("first-password")).isEqualTo(200);
        assertThat(casesAs("first-password")).isEqualTo(200);

        int changed = api.put(
                        "admin",
                        "/engine-rest/user/" + userId + "/credentials",
                        "{\"password\": \"second-password\", \"authenticatedUserPassword\": \"admin\"}")
                .statusCode();

        assertThat(changed).isEqualTo(204);
        assertThat(casesAs("second-password")).isEqualTo(200);
        assertThat(casesAs("first-password")).isEqualTo(401);
    }

    @Test
    void leavingTheGroupEndsWhatItAllowedAtOnce() throws Exception {
        assertThat(casesAs("first-password")).isEqualTo(200);

        int removed = ApiClient.send(
                        api.as("admin", "/engine-rest/group/" + StaffGroup.TIER1.id() + "/members/" + userId)
                                .DELETE())
                .statusCode();

        assertThat(removed).isEqualTo(204);
        assertThat(casesAs("first-password")).isEqualTo(403);
    }

    /** Camunda locks a user for seconds after a wrong password, longer after each, for good after ten. */
    @Test
    void aUserTheEngineLockedAfterAWrongPasswordIsNotLetInFromBefore() throws Exception {
        assertThat(casesAs("first-password")).isEqualTo(200);

        assertThat(casesAs("a-guess")).isEqualTo(401);

        assertThat(casesAs("first-password")).isEqualTo(401);
    }

    private int casesAs(String password) throws Exception {
        return ApiClient.send(HttpRequest.newBuilder(api.uri(CASES))
                        .header("Authorization", ApiClient.basic(userId, password))
                        .GET())
                .statusCode();
    }
}
