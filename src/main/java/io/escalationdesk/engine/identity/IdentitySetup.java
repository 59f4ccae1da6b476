package io.escalationdesk.engine.identity;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.staff.StaffGroup;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Creates the call center's groups and their authorizations on every start (idempotent), the
 * Tasklist filters agents share ({@link QueueFilters}), the billing worker's technical user, and, in the demo profile,
 * one demo user per group; the groups of the partner teams (one demo user each), with what a
 * partner's agent may do: their queue in Tasklist, nothing else of the engine's.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

    private final IdentityProperties properties;
    private final ClientProperties workerClient;
    private final Partners partners;

    IdentitySetup(IdentityProperties properties, ClientProperties workerClient, Partners partners) {
        this.properties = properties;
        this.workerClient = workerClient;
        this.partners = partners;
    }

    /** Admin-only commands (beyond resource grants) are open to both admin groups. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAdminGroups(GroupGrants.administrators());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (StaffGroup group : StaffGroup.values()) {
            createGroup(identity, group.id(), group.displayName());
            GroupGrants.of(group).forEach(grant -> grant(engine.getAuthorizationService(), group.id(), grant));
            if (properties.demoUsers() && group.demoUser() != null) {
                createUser(identity, group.demoUser(), group.demoUser(), group.id(), group.displayName());
            }
        }
        partners.teams().forEach((partner, team) -> {
            String group = Partners.groupOf(partner);
            createGroup(identity, group, team.name());
            GroupGrants.partnerGrants().forEach(grant -> grant(engine.getAuthorizationService(), group, grant));
            if (properties.demoUsers()) {
                createUser(identity, partner + "-agent", partner + "-agent", group, team.name());
            }
        });
        Map<String, String> tasklistGroups = new LinkedHashMap<>();
        Arrays.stream(StaffGroup.values())
                .filter(GroupGrants::worksInTasklist)
                .forEach(group -> tasklistGroups.put(group.id(), group.displayName()));
        partners.teams().forEach((partner, team) -> tasklistGroups.put(Partners.groupOf(partner), team.name()));
        new QueueFilters(engine).share(tasklistGroups);
        var worker = workerClient.getBasicAuth();
        if (worker != null && worker.getUsername() != null && worker.getPassword() != null) {
            createUser(
                    identity,
                    worker.getUsername(),
                    worker.getPassword(),
                    StaffGroup.WORKERS.id(),
                    StaffGroup.WORKERS.displayName());
        }
    }

    private static void createGroup(IdentityService identity, String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            var newGroup = identity.newGroup(groupId);
            newGroup.setName(name);
            newGroup.setType("WORKFLOW");
            identity.saveGroup(newGroup);
        }
    }

    private static void createUser(
            IdentityService identity, String userId, String password, String groupId, String groupName) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            var user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("(" + groupName + ")");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(userId, groupId);
        }
    }

    private static void grant(AuthorizationService authorizations, String groupId, Grant grant) {
        Authorization authorization = authorizations
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
